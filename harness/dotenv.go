package harness

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/joho/godotenv"

	"github.com/hookemu/hookemu/internal/hostfile"
)

// ParseSecrets reads dotenv text (KEY=VALUE lines, comments, quotes,
// export prefixes). Its errors give a line and what is wrong there, never
// the file's text: every line of it is a secret, and the parser's own
// messages quote the rest of the file.
func ParseSecrets(data []byte) (map[string]string, error) {
	if err := hostfile.CheckText(data); err != nil {
		return nil, fmt.Errorf("is not a dotenv file: %w", err)
	}
	secrets, err := godotenv.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("is not a dotenv file: %s; write one KEY=VALUE per line", dotenvProblem(data, err.Error()))
	}
	return secrets, nil
}

// dotenvProblem turns the parser's message into a place and a problem
// without the text it quotes.
func dotenvProblem(data []byte, msg string) string {
	const badChar, unterminated = "unexpected character ", "unterminated quoted value "
	switch {
	case strings.HasPrefix(msg, badChar):
		// unexpected character "X" in variable name near "REST OF FILE"
		_, near, _ := strings.Cut(msg, " near ")
		rest, err := strconv.Unquote(near)
		if err != nil || len(rest) > len(data) {
			return "a name holds a character other than letters, digits, _ and ."
		}
		line, _ := hostfile.Position(data, len(data)-len(rest))
		return fmt.Sprintf("line %d: a name holds a character other than letters, digits, _ and .", line)
	case strings.HasPrefix(msg, unterminated):
		if i := bytes.Index(data, []byte(strings.TrimPrefix(msg, unterminated))); i >= 0 {
			line, _ := hostfile.Position(data, i)
			return fmt.Sprintf("line %d: a quoted value has no closing quote", line)
		}
		return "a quoted value has no closing quote"
	}
	return "a line is not KEY=VALUE"
}
