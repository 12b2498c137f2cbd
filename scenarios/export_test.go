package scenarios

// SetHTMLTotalLimit lowers what h shows of a whole run, so a test of the
// limit need not render HTMLTotalLimit bytes.
func SetHTMLTotalLimit(h *HTMLReporter, limit int) { h.totalLimit = limit }

// HasSource tells whether f kept its text and YAML tree after loading.
func HasSource(f *File) bool { return f.hasSource() }
