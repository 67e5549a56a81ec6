// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/gif_writer.h"

#include "ui/save_file.h"

#include <QCoreApplication>
#include <QIODevice>

#include <gif_lib.h>

#include <algorithm>
#include <limits>
#include <map>
#include <memory>

namespace initviz::ui {

namespace {
constexpr int kGreyLevels = 32;
constexpr int kColorDepth = 8;
constexpr int kGcbLength = 4;
constexpr int kLoopBlockLength = 3;
constexpr char kNetscape[] = "NETSCAPE2.0";
constexpr int kNetscapeLength = 11;

int writeToDevice(GifFileType* gif, const GifByteType* bytes, int length)
{
    auto* device = static_cast<QIODevice*>(gif->UserData);
    const qint64 written = device->write(reinterpret_cast<const char*>(bytes), length);
    return written == length ? length : 0;
}

int distance(QRgb a, QRgb b)
{
    const int r = qRed(a) - qRed(b);
    const int g = qGreen(a) - qGreen(b);
    const int bl = qBlue(a) - qBlue(b);
    return r * r + g * g + bl * bl;
}

/// The bounding rectangle of the pixels where `a` and `b` differ; 1x1 at the origin if none.
QRect changedRect(const std::vector<unsigned char>& a, const std::vector<unsigned char>& b,
                  int width, int height)
{
    int left = width;
    int right = -1;
    int top = height;
    int bottom = -1;
    for (int y = 0; y < height; ++y) {
        const unsigned char* rowA
            = a.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(width);
        const unsigned char* rowB
            = b.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(width);
        for (int x = 0; x < width; ++x) {
            if (rowA[x] != rowB[x]) {
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
        }
    }
    if (right < 0)
        return {0, 0, 1, 1};
    return QRect(QPoint(left, top), QPoint(right, bottom));
}

struct GifCloser {
    void operator()(GifFileType* gif) const
    {
        int error = 0;
        EGifCloseFile(gif, &error);
    }
};
struct MapFreer {
    void operator()(ColorMapObject* map) const { GifFreeMapObject(map); }
};

QString gifError(int code)
{
    const char* text = GifErrorString(code);
    return QCoreApplication::translate("initviz::ui::GifWriter",
                                       "the GIF could not be encoded (%1)")
        .arg(text ? QString::fromLatin1(text) : QString::number(code));
}
} // namespace

GifPalette::GifPalette(std::vector<QRgb> colors)
    : colors_(std::move(colors))
{
    colors_.resize(kSize, qRgb(0, 0, 0));
}

GifPalette GifPalette::fromImages(const std::vector<QImage>& samples)
{
    std::vector<QRgb> colors;
    for (int i = 0; i < kGreyLevels; ++i) {
        const int level = i * 255 / (kGreyLevels - 1);
        colors.push_back(qRgb(level, level, level));
    }
    std::unordered_map<QRgb, long long> counts;
    for (const QImage& sample : samples) {
        const QImage image = sample.convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < image.height(); ++y) {
            const auto* row = reinterpret_cast<const QRgb*>(image.constScanLine(y));
            for (int x = 0; x < image.width(); ++x)
                ++counts[row[x] | 0xff000000U];
        }
    }
    std::vector<std::pair<long long, QRgb>> byCount;
    for (const auto& [color, count] : counts) {
        if (std::find(colors.begin(), colors.end(), color) == colors.end())
            byCount.emplace_back(-count, color); // most frequent first; ties by colour
    }
    std::sort(byCount.begin(), byCount.end());
    for (const auto& entry : byCount) {
        if (static_cast<int>(colors.size()) >= kSize)
            break;
        colors.push_back(entry.second);
    }
    return GifPalette(std::move(colors));
}

unsigned char GifPalette::indexOf(QRgb color)
{
    color |= 0xff000000U;
    if (const auto found = cache_.find(color); found != cache_.end())
        return found->second;
    int best = 0;
    int bestDistance = std::numeric_limits<int>::max();
    for (int i = 0; i < kSize; ++i) {
        const int d = distance(color, colors_[static_cast<std::size_t>(i)]);
        if (d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    const auto index = static_cast<unsigned char>(best);
    cache_.emplace(color, index);
    return index;
}

QImage GifPalette::mapped(const QImage& source)
{
    QImage image = source.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        auto* row = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            row[x] = colors_[indexOf(row[x])];
    }
    return image;
}

bool writeAnimatedGif(const QString& path, const GifAnimation& animation, QString* errorMessage,
                      QString* notice, bool* cancelled)
{
    if (cancelled)
        *cancelled = false;
    const int width = animation.size.width();
    const int height = animation.size.height();
    if (width <= 0 || height <= 0 || width > 65535 || height > 65535 || animation.frameCount < 1
        || !animation.frame) {
        if (errorMessage)
            *errorMessage = QCoreApplication::translate(
                                "initviz::ui::GifWriter",
                                "Cannot export %1: the animation has no frames or no size")
                                .arg(shownPath(path));
        return false;
    }
    bool wasCancelled = false;
    const auto write = [&](QIODevice& device, QString* error) {
        const auto frameAt = [&](int k, QImage* out) {
            *out = animation.frame(k).convertToFormat(QImage::Format_RGB32);
            if (out->size() != animation.size) {
                *error = QCoreApplication::translate("initviz::ui::GifWriter",
                                                     "frame %1 could not be drawn at %2x%3")
                             .arg(k + 1)
                             .arg(width)
                             .arg(height);
                return false;
            }
            return true;
        };
        std::vector<QImage> samples;
        std::vector<int> sampleFrames = animation.paletteFrames;
        if (sampleFrames.empty())
            sampleFrames.push_back(0);
        for (const int k : sampleFrames) {
            QImage sample;
            if (!frameAt(std::clamp(k, 0, animation.frameCount - 1), &sample))
                return false;
            samples.push_back(std::move(sample));
        }
        GifPalette palette = GifPalette::fromImages(samples);
        samples.clear();

        std::vector<GifColorType> entries;
        for (const QRgb color : palette.colors())
            entries.push_back({static_cast<GifByteType>(qRed(color)),
                               static_cast<GifByteType>(qGreen(color)),
                               static_cast<GifByteType>(qBlue(color))});
        const std::unique_ptr<ColorMapObject, MapFreer> map(
            GifMakeMapObject(GifPalette::kSize, entries.data()));
        int code = 0;
        std::unique_ptr<GifFileType, GifCloser> gif(EGifOpen(&device, writeToDevice, &code));
        if (!gif || !map) {
            *error = gifError(code);
            return false;
        }
        EGifSetGifVersion(gif.get(), true);
        const auto failed = [&] {
            *error = gifError(gif->Error);
            return false;
        };
        if (EGifPutScreenDesc(gif.get(), width, height, kColorDepth, 0, map.get()) == GIF_ERROR)
            return failed();
        // Loop forever: the NETSCAPE2.0 application extension, sub-block 1, count 0.
        const GifByteType loop[kLoopBlockLength] = {1, 0, 0};
        if (EGifPutExtensionLeader(gif.get(), APPLICATION_EXT_FUNC_CODE) == GIF_ERROR
            || EGifPutExtensionBlock(gif.get(), kNetscapeLength, kNetscape) == GIF_ERROR
            || EGifPutExtensionBlock(gif.get(), kLoopBlockLength, loop) == GIF_ERROR
            || EGifPutExtensionTrailer(gif.get()) == GIF_ERROR)
            return failed();

        const std::size_t pixels
            = static_cast<std::size_t>(width) * static_cast<std::size_t>(height);
        std::vector<unsigned char> previous(pixels, 0);
        std::vector<unsigned char> current(pixels, 0);
        for (int k = 0; k < animation.frameCount; ++k) {
            QImage image;
            if (!frameAt(k, &image))
                return false;
            for (int y = 0; y < height; ++y) {
                const auto* row = reinterpret_cast<const QRgb*>(image.constScanLine(y));
                unsigned char* out = current.data()
                    + static_cast<std::size_t>(y) * static_cast<std::size_t>(width);
                for (int x = 0; x < width; ++x)
                    out[x] = palette.indexOf(row[x]);
            }
            // Frame 0 is whole; each later one only the rectangle that changed, drawn over the
            // previous frame (disposal 1, "do not dispose").
            const QRect rect = k == 0 ? QRect(0, 0, width, height)
                                      : changedRect(previous, current, width, height);
            GraphicsControlBlock control{};
            control.DisposalMode = DISPOSE_DO_NOT;
            control.UserInputFlag = false;
            control.DelayTime = animation.delayCentiseconds;
            control.TransparentColor = NO_TRANSPARENT_COLOR;
            GifByteType extension[kGcbLength];
            EGifGCBToExtension(&control, extension);
            if (EGifPutExtension(gif.get(), GRAPHICS_EXT_FUNC_CODE, kGcbLength, extension)
                    == GIF_ERROR
                || EGifPutImageDesc(gif.get(), rect.x(), rect.y(), rect.width(), rect.height(),
                                    false, nullptr)
                    == GIF_ERROR)
                return failed();
            for (int y = rect.top(); y <= rect.bottom(); ++y) {
                GifPixelType* line = current.data()
                    + static_cast<std::size_t>(y) * static_cast<std::size_t>(width)
                    + static_cast<std::size_t>(rect.x());
                if (EGifPutLine(gif.get(), line, rect.width()) == GIF_ERROR)
                    return failed();
            }
            previous.swap(current);
            if (animation.progress && !animation.progress(k + 1)) {
                wasCancelled = true;
                *error = QCoreApplication::translate("initviz::ui::GifWriter",
                                                     "the export was cancelled");
                return false;
            }
        }
        GifFileType* raw = gif.release();
        if (EGifCloseFile(raw, &code) == GIF_ERROR) {
            *error = gifError(code);
            return false;
        }
        return true;
    };
    const bool written = writeFileAtomically(path, write, errorMessage, notice);
    if (cancelled)
        *cancelled = wasCancelled;
    return written;
}

} // namespace initviz::ui
