// Package hostfile reads the files a user names (hooks, scenarios,
// payloads, secrets, shared modules) as data: only regular files, never
// more than a stated number of bytes, and with errors that show nothing of
// what the file holds. In CI these names often come from a pull request,
// and a name such as /proc/self/environ, /dev/zero or a folder must give a
// clear error, not the host's secrets or an exhausted machine.
package hostfile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// Size limits, one per kind of file. Each is far above what a real file
// of its kind holds and far below what would strain the machine.
const (
	MaxHookBytes     = 4 << 20 // a hook, an Action or a shared module
	MaxScenarioBytes = 4 << 20 // a scenario file
	MaxPayloadBytes  = 1 << 20 // a payload file
	MaxSecretsBytes  = 1 << 20 // a dotenv secrets file
)

// ErrNotRegular is why a folder, device, pipe or socket is refused.
var ErrNotRegular = errors.New("not a regular file")

// ErrTooLarge is why a file above its kind's limit is refused.
var ErrTooLarge = errors.New("file too large")

// Read returns the contents of the regular file at path, refusing it if it
// holds more than limit bytes. The file is checked again once open (it may
// have been replaced), and the size while reading: files under /proc say
// they are empty and are not.
func Read(path string, limit int64) ([]byte, error) {
	// Stat before opening: opening a named pipe waits for a writer.
	if err := Check(path, limit); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err := checkInfo(info, err); err != nil {
		return nil, err
	}
	if info.Size() > limit {
		return nil, tooLarge(limit)
	}
	return readSized(f, info.Size(), limit)
}

// readSized is readLimited for a file that states its size: the buffer
// is made once, of that size and the little more ReadFrom wants to see
// the end, rather than grown from 512 bytes. A file whose stated size is
// wrong (under /proc, or one growing as it is read) is still read whole
// and still held to limit, the buffer growing as it must.
func readSized(r io.Reader, size, limit int64) ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(int(size) + bytes.MinRead)
	if _, err := buf.ReadFrom(io.LimitReader(r, limit+1)); err != nil {
		return nil, err
	}
	if int64(buf.Len()) > limit {
		return nil, tooLarge(limit)
	}
	return buf.Bytes(), nil
}

// ReadArg is Read for a file named on the command line by the person
// running hookemu, who may also name a pipe: a shell's process
// substitution (`--secrets-file <(vault read ...)`) keeps secrets off the
// disk. The size limit holds as for Read. Names written in scenario files,
// which may come from a stranger's pull request, go through Read.
func ReadArg(path string, limit int64) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil || info.Mode()&fs.ModeNamedPipe == 0 {
		return Read(path, limit)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readLimited(f, limit)
}

func readLimited(r io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, tooLarge(limit)
	}
	return data, nil
}

// Check tells whether path could be read by Read with limit, without
// reading it: it exists, is a regular file, and its stated size fits.
func Check(path string, limit int64) error {
	info, err := os.Stat(path)
	if err := checkInfo(info, err); err != nil {
		return err
	}
	if info.Size() > limit {
		return tooLarge(limit)
	}
	return nil
}

func checkInfo(info fs.FileInfo, err error) error {
	if err != nil {
		return err
	}
	switch {
	case info.IsDir():
		return fmt.Errorf("%w: it is a folder", ErrNotRegular)
	case !info.Mode().IsRegular():
		return fmt.Errorf("%w: it is a device, pipe or socket", ErrNotRegular)
	}
	return nil
}

func tooLarge(limit int64) error {
	return fmt.Errorf("%w: more than %s", ErrTooLarge, FormatSize(limit))
}

// FormatSize writes a limit the way the README does ("4 MiB").
func FormatSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
