package scenarios

// SetHTMLTotalLimit lowers what h shows of a whole run, so a test of the
// limit need not render HTMLTotalLimit bytes.
func SetHTMLTotalLimit(h *HTMLReporter, limit int) { h.totalLimit = limit }
