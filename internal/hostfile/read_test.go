package hostfile_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/internal/hostfile"
)

func TestReadTakesOnlyRegularFilesWithinTheLimit(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	small := filepath.Join(dir, "small.txt")
	require.NoError(t, os.WriteFile(small, []byte("hello"), 0o644))
	tests := []struct {
		name  string
		path  string
		limit int64
		want  error
	}{
		{"a folder is refused as not a regular file", dir, 1 << 20, hostfile.ErrNotRegular},
		{"a device that never ends is refused before a byte is read", "/dev/zero", 1 << 20, hostfile.ErrNotRegular},
		{"a file above the limit is refused", small, 4, hostfile.ErrTooLarge},
		{"a /proc file, which says it is empty, is refused once it passes the limit", "/proc/self/status", 16, hostfile.ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if _, err := os.Stat(tt.path); err != nil {
				t.Skipf("%s is not on this system", tt.path)
			}
			_, err := hostfile.Read(tt.path, tt.limit)
			assert.ErrorIs(t, err, tt.want)
		})
	}
	t.Run("a regular file within the limit is read whole", func(t *testing.T) {
		t.Parallel()
		data, err := hostfile.Read(small, 5)
		require.NoError(t, err)
		assert.Equal(t, "hello", string(data))
	})
	t.Run("a /proc file, which says it is empty, is read whole within the limit", func(t *testing.T) {
		t.Parallel()
		if _, err := os.Stat("/proc/self/status"); err != nil {
			t.Skip("/proc is not on this system")
		}
		data, err := hostfile.Read("/proc/self/status", 1<<20)
		require.NoError(t, err)
		assert.Greater(t, len(data), bytes.MinRead, "read past the buffer made for its stated size")
		assert.Contains(t, string(data), "VmRSS")
	})
	t.Run("a file larger than the read buffer is read whole", func(t *testing.T) {
		t.Parallel()
		big := filepath.Join(t.TempDir(), "big.txt")
		want := strings.Repeat("0123456789abcdef", 4096)
		require.NoError(t, os.WriteFile(big, []byte(want), 0o644))
		data, err := hostfile.Read(big, int64(len(want)))
		require.NoError(t, err)
		assert.Equal(t, want, string(data))
	})
}

func TestCheckTextPlacesTheFirstByteThatIsNotText(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		data      string
		line, col int
		problem   string
	}{
		{"a NUL byte", "a: 1\nb: x\x00y\n", 2, 5, "a NUL byte"},
		{"a byte that is not UTF-8", "a: 1\n\xffb\n", 2, 1, "byte 0xff is not UTF-8"},
		{"a cut-off UTF-8 sequence after wide characters", "é€\xe2\x82", 1, 3, "byte 0xe2 is not UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var te *hostfile.TextError
			require.ErrorAs(t, hostfile.CheckText([]byte(tt.data)), &te)
			assert.Equal(t, tt.line, te.Line)
			assert.Equal(t, tt.col, te.Column)
			assert.Equal(t, tt.problem, te.Problem)
		})
	}
	t.Run("UTF-8 text passes", func(t *testing.T) {
		t.Parallel()
		assert.NoError(t, hostfile.CheckText([]byte("naïve: ✓\r\n\ttabs\n")))
	})
}

func TestReadArgTakesAPipeWithinTheLimitAndReadDoesNot(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		written string
		limit   int64
		want    error
	}{
		{"a pipe within the limit is read whole", "apikey=from-a-pipe\n", 1 << 10, nil},
		{"a pipe beyond the limit is refused", strings.Repeat("x", 2048), 1 << 10, hostfile.ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			fifo := filepath.Join(t.TempDir(), "fifo")
			require.NoError(t, syscall.Mkfifo(fifo, 0o600))
			_, err := hostfile.Read(fifo, tt.limit)
			require.ErrorIs(t, err, hostfile.ErrNotRegular, "Read never opens a pipe")

			go func() {
				w, err := os.OpenFile(fifo, os.O_WRONLY, 0)
				if err != nil {
					return
				}
				defer w.Close()
				_, _ = w.Write([]byte(tt.written))
			}()
			data, err := hostfile.ReadArg(fifo, tt.limit)
			if tt.want != nil {
				require.ErrorIs(t, err, tt.want)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.written, string(data))
		})
	}
}

func TestReadArgStillRefusesAFolderAndADevice(t *testing.T) {
	t.Parallel()
	for _, path := range []string{t.TempDir(), "/dev/zero"} {
		_, err := hostfile.ReadArg(path, 1<<10)
		assert.ErrorIs(t, err, hostfile.ErrNotRegular, path)
	}
}
