// Package nodemodules finds and compiles the real npm packages a hook
// requires from node_modules, as Node's CommonJS loader does: a package's
// "exports" (the require, node and default conditions, subpaths and
// patterns) or its "main", index.js, the .js, .json and .cjs files, and
// relative requires inside packages. It answers with virtual paths
// (/node_modules/pkg/index.js) for everything the code or the user sees,
// so no output ever shows where the host keeps its files.
//
// goja_nodejs's require package was the model, but it is not used: it
// knows no "exports" maps, no .cjs, no require.resolve, resolves relative
// requires from the JS call stack, and names modules by their host paths.
// Resolution here is Node's algorithm (nodejs.org/api/modules.html, "All
// together", and nodejs.org/api/packages.html for "exports"), written for
// hostile folders: files are read as internal/hostfile reads them (regular
// files only, bounded sizes), a symbolic link that leads out of the
// node_modules folder it lies in is refused, and a run reads a bounded
// number of bytes and modules.
//
// A Search is the list of node_modules folders a hook sees; a Loader
// resolves and reads files for one run; Programs compiles each file once
// per process (keyed by its real path and a hash of its content) for every
// run and goroutine to share.
package nodemodules
