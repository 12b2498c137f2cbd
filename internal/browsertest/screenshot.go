package browsertest

import (
	"bytes"
	"context"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"strings"

	"github.com/chromedp/chromedp"
)

// EnvScreenshots names the folder failure screenshots go to.
const EnvScreenshots = "HOOKEMU_SCREENSHOTS"

// ScreenshotDir is where failure screenshots go: $HOOKEMU_SCREENSHOTS,
// else hookemu-screenshots in the system's temporary folder (which
// outlives the test, unlike t.TempDir).
func ScreenshotDir() string {
	if dir := os.Getenv(EnvScreenshots); dir != "" {
		return dir
	}
	return filepath.Join(os.TempDir(), "hookemu-screenshots")
}

// SaveFailureScreenshot saves the whole page of the tab in ctx (beyond
// the viewport) as PNG in dir, named after the test, and returns its
// path.
func SaveFailureScreenshot(ctx context.Context, dir, testName string) (string, error) {
	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		return "", fmt.Errorf("taking the screenshot: %w", err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("cannot make the screenshot folder (set %s to another): %w", EnvScreenshots, err)
	}
	path := filepath.Join(dir, fileName(testName)+".png")
	if err := os.WriteFile(path, shot, 0o644); err != nil {
		return "", fmt.Errorf("cannot write the screenshot (set %s to another folder): %w", EnvScreenshots, err)
	}
	return path, nil
}

// fileName makes a test's name (with its subtests' slashes and spaces)
// a file name.
func fileName(testName string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '.':
			return r
		}
		return '_'
	}, testName)
}

// SaveViewport saves what the tab's viewport shows as a PNG at path,
// in 256 colours compressed as far as Go's encoder goes (the README's
// screenshots, kept small).
func (tab *Tab) SaveViewport(path string) {
	tab.t.Helper()
	shot := Run(tab, chromedp.CaptureScreenshot())
	img, err := png.Decode(bytes.NewReader(shot))
	if err != nil {
		tab.t.Fatalf("browser: the screenshot is not a PNG: %v", err)
	}
	var out bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&out, paletted(img)); err != nil {
		tab.t.Fatalf("browser: cannot encode the screenshot: %v", err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		tab.t.Fatalf("browser: %v", err)
	}
	if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
		tab.t.Fatalf("browser: %v", err)
	}
}
