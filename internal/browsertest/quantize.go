package browsertest

import (
	"cmp"
	"image"
	"image/color"
	"image/draw"
	"slices"
)

// paletted maps img onto its 256 most frequent colours, each pixel to the
// nearest of them. A page's screenshot is flat colours and the
// anti-aliased edges of text, so it looks the same, and its PNG is a
// third of the size of the full-colour one.
func paletted(img image.Image) *image.Paletted {
	b := img.Bounds()
	rgba := image.NewNRGBA(b)
	draw.Draw(rgba, b, img, b.Min, draw.Src)
	pixels := make([]uint32, 0, b.Dx()*b.Dy())
	counts := map[uint32]int{}
	for i := 0; i+3 < len(rgba.Pix); i += 4 {
		p := uint32(rgba.Pix[i])<<24 | uint32(rgba.Pix[i+1])<<16 | uint32(rgba.Pix[i+2])<<8 | uint32(rgba.Pix[i+3])
		pixels = append(pixels, p)
		counts[p]++
	}
	colors := make([]uint32, 0, len(counts))
	for c := range counts {
		colors = append(colors, c)
	}
	slices.SortFunc(colors, func(a, b uint32) int {
		if d := cmp.Compare(counts[b], counts[a]); d != 0 {
			return d
		}
		return cmp.Compare(a, b)
	})
	palette := make(color.Palette, 0, 256)
	for _, c := range colors[:min(256, len(colors))] {
		palette = append(palette, color.NRGBA{R: uint8(c >> 24), G: uint8(c >> 16), B: uint8(c >> 8), A: uint8(c)})
	}
	index := make(map[uint32]uint8, len(counts))
	for i, c := range colors {
		if i < len(palette) {
			index[c] = uint8(i)
		} else {
			index[c] = uint8(palette.Index(color.NRGBA{R: uint8(c >> 24), G: uint8(c >> 16), B: uint8(c >> 8), A: uint8(c)}))
		}
	}
	out := image.NewPaletted(b, palette)
	for i, p := range pixels {
		out.Pix[i] = index[p]
	}
	return out
}
