// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QSize>
#include <QString>

#include <functional>
#include <unordered_map>
#include <vector>

namespace initviz::ui {

/// Issue 12: the 256 colours every frame of an animation is drawn in. The figure has few
/// colours of its own (white, the runs' colours, the boundary fills, grey text), so a fixed
/// palette of the most frequent colours of a few sample frames and a grey ramp for the
/// anti-aliased edges loses little; any other colour maps to its nearest (squared RGB distance,
/// the lowest index on a tie), so the mapping depends on the colour list alone.
class GifPalette {
public:
    static constexpr int kSize = 256;
    /// The grey ramp, then the samples' most frequent other colours.
    [[nodiscard]] static GifPalette fromImages(const std::vector<QImage>& samples);
    /// A palette read back from a GIF's colour map (the tests).
    explicit GifPalette(std::vector<QRgb> colors);
    [[nodiscard]] const std::vector<QRgb>& colors() const { return colors_; }
    [[nodiscard]] unsigned char indexOf(QRgb color);
    /// `image` as this palette draws it (every pixel replaced by its nearest palette colour).
    [[nodiscard]] QImage mapped(const QImage& image);

private:
    std::vector<QRgb> colors_;
    std::unordered_map<QRgb, unsigned char> cache_;
};

/// An animation of `frameCount` frames of `size`, each shown `delayCentiseconds`, looping
/// forever. `frame(k)` draws frame k (converted to RGB; a frame of another size is an error);
/// `progress(done)` is called after each frame and returns false to cancel.
struct GifAnimation {
    QSize size;
    int frameCount = 0;
    int delayCentiseconds = 4;
    std::function<QImage(int)> frame;
    std::function<bool(int)> progress;
    /// Frames the palette is built from (e.g. the first and the last); frame 0 when empty.
    std::vector<int> paletteFrames;
};

/// Writes `animation` to `path` as an animated GIF (GIF89a, NETSCAPE2.0 loop, a graphics control
/// block with the delay before every frame, each frame the rectangle that changed) through
/// writeFileAtomically: on any failure or a cancel nothing is written and an existing file is
/// left untouched. False with a user-facing `errorMessage` (and `*cancelled` set on a cancel).
bool writeAnimatedGif(const QString& path, const GifAnimation& animation, QString* errorMessage,
                      QString* notice = nullptr, bool* cancelled = nullptr);

} // namespace initviz::ui
