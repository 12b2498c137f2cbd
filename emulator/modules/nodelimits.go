package modules

// NodeLimits are the size limits of the Node version a run emulates. Node
// enforces them with its own errors before allocating; the emulator and the
// shims enforce the same limits, with the same errors, so hostile sizes end
// in a RangeError the hook can see instead of crashing hookemu.
type NodeLimits struct {
	// MaxStringLength is V8's longest string, in UTF-16 code units
	// (buffer.constants.MAX_STRING_LENGTH); longer gives
	// "RangeError: Invalid string length".
	MaxStringLength int64
	// MaxBufferLength is buffer.constants.MAX_LENGTH, the largest Buffer,
	// ArrayBuffer or typed array in bytes.
	MaxBufferLength int64
	// LegacySizeErrors is set for Node 12, whose Buffer.alloc rejects a
	// size with ERR_INVALID_OPT_VALUE; Node 20 uses ERR_OUT_OF_RANGE.
	LegacySizeErrors bool
}

// LimitsOf returns the limits of Node 12 (Webtask's Hooks) or, for an
// Action, of Node 18 and later on 64-bit platforms.
func LimitsOf(action bool) NodeLimits {
	if action {
		return NodeLimits{MaxStringLength: 1<<29 - 24, MaxBufferLength: 1 << 32}
	}
	return NodeLimits{MaxStringLength: 1<<30 - 25, MaxBufferLength: 1<<31 - 1, LegacySizeErrors: true}
}
