package modules

import (
	"fmt"
	"strconv"
	"strings"
)

// Resolve picks the emulated version for a require: the default when none
// is asked for, else the newest listed version that matches the request
// ("0.21" matches "0.21.4"; "^1.6.0" and "~0.27.2" match by their prefix
// as npm would for these lines).
func (m Module) Resolve(requested string, action bool) (string, error) {
	if len(m.Versions) == 0 {
		return "", nil
	}
	if requested == "" || requested == "latest" {
		if action {
			return m.ActionDefault, nil
		}
		return m.HookDefault, nil
	}
	want, err := ParseVersion(strings.TrimLeft(requested, "^~=v"))
	if err != nil {
		return "", fmt.Errorf("require('%s@%s'): %w", m.Name, requested, err)
	}
	caret := strings.HasPrefix(requested, "^")
	for i := len(m.Versions) - 1; i >= 0; i-- {
		have, _ := ParseVersion(m.Versions[i])
		if want.Matches(have, caret) {
			return m.Versions[i], nil
		}
	}
	return "", fmt.Errorf("require('%s@%s'): version %s is not emulated; use one of %s",
		m.Name, requested, requested, strings.Join(m.Versions, ", "))
}

// Version is a parsed semantic version; Parts counts how many of major,
// minor and patch were written, so "0.21" can match any 0.21.x.
type Version struct {
	Major, Minor, Patch int
	Parts               int
}

// ParseVersion reads "1", "1.2" or "1.2.3".
func ParseVersion(s string) (Version, error) {
	fields := strings.Split(s, ".")
	if len(fields) > 3 || s == "" {
		return Version{}, fmt.Errorf("%q is not a version like 1.2.3", s)
	}
	var n [3]int
	for i, f := range fields {
		v, err := strconv.Atoi(f)
		if err != nil || v < 0 {
			return Version{}, fmt.Errorf("%q is not a version like 1.2.3", s)
		}
		n[i] = v
	}
	return Version{Major: n[0], Minor: n[1], Patch: n[2], Parts: len(fields)}, nil
}

// MustVersion parses a version the code itself lists; it panics on a
// typo, which a test catches at once.
func MustVersion(s string) Version {
	v, err := ParseVersion(s)
	if err != nil {
		panic(err)
	}
	return v
}

// Matches reports whether have satisfies the request v: equal in every
// part v names, or for a caret request, same major and not older.
func (v Version) Matches(have Version, caret bool) bool {
	if caret && v.Parts == 3 {
		if v.Major == 0 {
			return have.Major == 0 && have.Minor == v.Minor && have.Patch >= v.Patch
		}
		return have.Major == v.Major && !have.Less(v)
	}
	if have.Major != v.Major {
		return false
	}
	if v.Parts >= 2 && have.Minor != v.Minor {
		return false
	}
	return v.Parts < 3 || have.Patch == v.Patch
}

// Less orders versions.
func (v Version) Less(o Version) bool {
	if v.Major != o.Major {
		return v.Major < o.Major
	}
	if v.Minor != o.Minor {
		return v.Minor < o.Minor
	}
	return v.Patch < o.Patch
}

// AtLeast reports whether v is major.minor or newer: shims switch
// behaviour on it (axios 0.27 renamed errors, twilio 4 changed hosts).
func (v Version) AtLeast(major, minor int) bool {
	return !v.Less(Version{Major: major, Minor: minor})
}

func (v Version) String() string {
	return fmt.Sprintf("%d.%d.%d", v.Major, v.Minor, v.Patch)
}

// Nearest is the emulated version that stands in for a declared version
// hookemu does not emulate (an Action declaring axios 1.7.8): the newest
// of the same major.minor not newer than it, else the oldest newer one of
// that line, else the same by major, else the kind's default. A version
// that is no version ("latest", a git URL) gets the default too.
func (m Module) Nearest(requested string, action bool) string {
	fallback := m.HookDefault
	if action {
		fallback = m.ActionDefault
	}
	want, err := ParseVersion(strings.TrimLeft(requested, "^~=v"))
	if err != nil {
		return fallback
	}
	sameMinor := func(have Version) bool { return have.Major == want.Major && have.Minor == want.Minor }
	sameMajor := func(have Version) bool { return have.Major == want.Major }
	for _, same := range []func(Version) bool{sameMinor, sameMajor} {
		if v := m.closest(want, same); v != "" {
			return v
		}
	}
	return fallback
}

// closest is the newest listed version in the line (same) not newer than
// want, else the oldest newer one, else "".
func (m Module) closest(want Version, same func(Version) bool) string {
	below, above := "", ""
	for _, s := range m.Versions {
		have, err := ParseVersion(s)
		if err != nil || !same(have) {
			continue
		}
		if !want.Less(have) {
			below = s
		} else if above == "" {
			above = s
		}
	}
	if below != "" {
		return below
	}
	return above
}
