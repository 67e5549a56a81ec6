// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12, item 4: the animation export. The GIFs written are decoded with giflib's own reader
// (DGifSlurp) and compared with the figure rendered at the frames' iterations, pixel for pixel
// after the palette mapping (GifPalette::mapped: every colour to its nearest of the file's 256).

#include "app/train_all.h"
#include "core/decision_grid.h"
#include "core/network.h"
#include "ui/animation_export.h"
#include "ui/comparison_figure.h"
#include "ui/figure_export.h"
#include "ui/gif_writer.h"
#include "ui/plot_style.h"

#include "skip.h"
#include "window_test.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

#include <gif_lib.h>

#include <sys/stat.h>

#include <cstring>

using namespace initviz;

namespace {

struct DecodedGif {
    bool ok = false;
    QSize size;
    bool loopsForever = false;
    std::vector<int> delays; ///< centiseconds
    std::vector<QImage> frames; ///< each composed over the previous (disposal "do not dispose")
    std::vector<QRgb> palette;
};

DecodedGif decode(const QString& path)
{
    DecodedGif result;
    int error = 0;
    GifFileType* gif = DGifOpenFileName(QFile::encodeName(path).constData(), &error);
    if (!gif)
        return result;
    if (DGifSlurp(gif) != GIF_OK || !gif->SColorMap) {
        DGifCloseFile(gif, &error);
        return result;
    }
    result.size = QSize(gif->SWidth, gif->SHeight);
    for (int i = 0; i < gif->SColorMap->ColorCount; ++i) {
        const GifColorType c = gif->SColorMap->Colors[i];
        result.palette.push_back(qRgb(c.Red, c.Green, c.Blue));
    }
    QImage canvas(result.size, QImage::Format_RGB32);
    canvas.fill(Qt::black);
    for (int k = 0; k < gif->ImageCount; ++k) {
        const SavedImage& image = gif->SavedImages[k];
        for (int e = 0; e < image.ExtensionBlockCount; ++e) {
            const ExtensionBlock& block = image.ExtensionBlocks[e];
            if (block.Function == APPLICATION_EXT_FUNC_CODE && block.ByteCount == 11
                && std::memcmp(block.Bytes, "NETSCAPE2.0", 11) == 0
                && e + 1 < image.ExtensionBlockCount) {
                const ExtensionBlock& data = image.ExtensionBlocks[e + 1];
                result.loopsForever = data.ByteCount == 3 && data.Bytes[0] == 1
                    && data.Bytes[1] == 0 && data.Bytes[2] == 0;
            }
        }
        GraphicsControlBlock control{};
        result.delays.push_back(
            DGifSavedExtensionToGCB(gif, k, &control) == GIF_OK ? control.DelayTime : -1);
        const GifImageDesc& d = image.ImageDesc;
        for (int y = 0; y < d.Height; ++y) {
            for (int x = 0; x < d.Width; ++x) {
                const int index = image.RasterBits[y * d.Width + x];
                canvas.setPixel(d.Left + x, d.Top + y,
                                result.palette[static_cast<std::size_t>(index)]);
            }
        }
        result.frames.push_back(canvas.copy());
    }
    DGifCloseFile(gif, &error);
    result.ok = true;
    return result;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Four frames of a square moving over a white field, with a grey edge.
QImage squareFrame(int k)
{
    QImage image(80, 60, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.fillRect(QRect(10 + 12 * k, 20, 16, 16), QColor(0xd6, 0x27, 0x28));
    painter.fillRect(QRect(0, 50, 80, 10), QColor(0x77, 0x77, 0x77));
    return image;
}

ui::GifAnimation squares(int frames)
{
    ui::GifAnimation animation;
    animation.size = QSize(80, 60);
    animation.frameCount = frames;
    animation.delayCentiseconds = 7;
    animation.frame = squareFrame;
    return animation;
}
} // namespace

class TestAnimation : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { initviz::test::prepareWindowTest("tst_animation"); }

    // Mutation seen red: the NETSCAPE2.0 block's count 0 -> 1 (loopsForever false).
    void gifRoundTripsItsFrames()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("squares.gif"));
        QString error;
        QVERIFY2(ui::writeAnimatedGif(path, squares(4), &error), qPrintable(error));
        const DecodedGif gif = decode(path);
        QVERIFY(gif.ok);
        QCOMPARE(gif.size, QSize(80, 60));
        QVERIFY(gif.loopsForever);
        QCOMPARE(gif.frames.size(), std::size_t{4});
        QCOMPARE(gif.delays, std::vector<int>(4, 7));
        for (int k = 0; k < 4; ++k) // three colours: the palette holds them exactly
            QCOMPARE(gif.frames[static_cast<std::size_t>(k)], squareFrame(k));
    }

    // The notebook's three runs, 400 iterations, 5 frames: the first frame is the figure of the
    // initial weights, the last the figure `compare --plot` draws; the weights kept are those of
    // a run trained for exactly that many iterations. Mutation seen red: the last frame drawn
    // like the others (`frame < frames` in renderAnimationFrame: the last frame differs).
    void framesAreTheFigureAtTheirIterations()
    {
        const DatasetPair data = makeDatasets({});
        std::vector<TrainingConfig> configs;
        for (const InitScheme scheme : {InitScheme::Zeros, InitScheme::Random, InitScheme::He}) {
            TrainingConfig config;
            config.init = scheme;
            config.iterations = 400;
            config.costEvery = 100;
            configs.push_back(config);
        }
        ui::AnimationSettings settings;
        settings.size = QSize(480, 270);
        settings.seconds = 1.0;
        settings.fps = 5;
        ui::AnimationRuns runs;
        runs.iterations = ui::animationIterations(400, settings.frameCount());
        QCOMPARE(runs.iterations, (std::vector<int>{0, 100, 200, 300, 400}));
        runs.results = cli::trainAllWithSnapshots(configs, data, runs.iterations, runs.weights);
        const std::vector<TrainingResult> plain = cli::trainAll(configs, data);
        for (std::size_t r = 0; r < configs.size(); ++r) {
            QCOMPARE(runs.results[r].costs.size(), plain[r].costs.size());
            TrainingConfig shorter = configs[r];
            shorter.iterations = 200;
            const Parameters expected = train(shorter, data).finalParameters;
            const Parameters& kept = runs.weights[r][2];
            for (std::size_t l = 0; l < expected.W.size(); ++l) {
                QVERIFY(kept.W[l] == expected.W[l]);
                QVERIFY(kept.b[l] == expected.b[l]);
            }
        }

        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("runs.gif"));
        QString error;
        QVERIFY2(ui::exportComparisonAnimation(runs, data, settings, path, &error),
                 qPrintable(error));
        const DecodedGif gif = decode(path);
        QVERIFY(gif.ok);
        QCOMPARE(gif.size, settings.size);
        QCOMPARE(gif.frames.size(), std::size_t{5});
        QCOMPARE(gif.delays, std::vector<int>(5, 20));
        QVERIFY(gif.loopsForever);
        ui::GifPalette palette(gif.palette);

        // The last frame: the figure export's own runs and options.
        const ui::ComparisonFigureRuns finished = ui::comparisonFigureRuns(runs.results, data);
        QCOMPARE(gif.frames.back(),
                 palette.mapped(ui::renderComparisonFigure(finished.runs, data, finished.options,
                                                           settings.size)));
        // The first: the initial weights, the cost at iteration 0.
        ui::ComparisonFigureRuns first = finished;
        for (std::size_t r = 0; r < first.runs.size(); ++r) {
            const TrainingResult& result = runs.results[r];
            ui::FigureRun& run = first.runs[r];
            run.boundary = evaluateGrid(result.initialParameters, first.grid);
            run.costs.resize(1);
            run.diverged = false;
            run.trainAccuracy = accuracy(
                predictLabels(predictProbabilities(result.initialParameters, data.train.X)),
                data.train.Y);
            run.testAccuracy = accuracy(
                predictLabels(predictProbabilities(result.initialParameters, data.test.X)),
                data.test.Y);
            run.note = QStringLiteral("iteration 0");
        }
        QCOMPARE(gif.frames.front(),
                 palette.mapped(
                     ui::renderComparisonFigure(first.runs, data, first.options, settings.size)));
        QVERIFY(gif.frames[1] != gif.frames[3]); // the boundaries move
    }

    // Cancel after two frames: false, `cancelled`, and the file that was there is untouched;
    // without one, no file at all. Mutation seen red: progress's answer ignored in
    // writeAnimatedGif (the write succeeds).
    void cancelLeavesNoFile()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("old.gif"));
        const QByteArray previous("last week's animation");
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(previous);
        }
        ui::GifAnimation animation = squares(4);
        animation.progress = [](int done) { return done < 2; };
        QString error;
        bool cancelled = false;
        QVERIFY(!ui::writeAnimatedGif(path, animation, &error, nullptr, &cancelled));
        QVERIFY(cancelled);
        QVERIFY(error.contains(QStringLiteral("cancelled")));
        QCOMPARE(readAll(path), previous);
        const QString fresh = directory.filePath(QStringLiteral("new.gif"));
        QVERIFY(!ui::writeAnimatedGif(fresh, animation, &error, nullptr, &cancelled));
        QCOMPARE(QDir(directory.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("old.gif")});
    }

    // /dev/full (through a link named .gif): the device's own reason, the device still one.
    void fullDeviceFailsWithItsReason()
    {
        if (!QFileInfo::exists(QStringLiteral("/dev/full")))
            INITVIZ_SKIP_OR_FAIL(QStringLiteral("this machine has no /dev/full"));
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("full.gif"));
        QVERIFY(QFile::link(QStringLiteral("/dev/full"), path));
        QString error;
        QVERIFY(!ui::writeAnimatedGif(path, squares(3), &error));
        QVERIFY2(error.contains(QStringLiteral("No space left on device")), qPrintable(error));
        struct stat status { };
        QCOMPARE(::stat("/dev/full", &status), 0);
        QVERIFY(S_ISCHR(status.st_mode));
    }

    // The window's File → Export animation: enabled once the runs recorded something; frames at
    // recorded iterations (the boundaries move), the last the current figure; a cancel leaves
    // the file that was there. Mutation seen red: the loop count 0 -> 1 in the shared writer.
    void windowExportsItsTimeline()
    {
        auto window = std::make_unique<ui::MainWindow>();
        QAction* action = window->findChild<QAction*>(QStringLiteral("exportAnimationAction"));
        QVERIFY(action);
        QVERIFY(!action->isEnabled());
        ui::ExperimentSettings settings = window->form()->settings();
        settings.training.iterations = 1000;
        QVERIFY(initviz::test::trainToTheEnd(*window, settings, 60'000));
        QVERIFY(action->isEnabled());

        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("window.gif"));
        QString error;
        QVERIFY2(window->exportAnimation(path, QSize(480, 270), 4, 10, &error), qPrintable(error));
        const DecodedGif gif = decode(path);
        QVERIFY(gif.ok);
        QCOMPARE(gif.size, QSize(480, 270));
        QCOMPARE(gif.frames.size(), std::size_t{4});
        QVERIFY(gif.loopsForever);
        QVERIFY(gif.frames.front() != gif.frames.back());

        const QByteArray previous = readAll(path);
        int calls = 0;
        bool cancelled = false;
        QVERIFY(!window->exportAnimation(
            path, QSize(480, 270), 4, 10, &error, [&calls](int, int) { return ++calls < 2; },
            &cancelled));
        QVERIFY(cancelled);
        QCOMPARE(calls, 2);
        QCOMPARE(readAll(path), previous);
        QCOMPARE(QDir(directory.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("window.gif")});
        // A name that is not a GIF is refused, not written in another format.
        QVERIFY(!window->exportAnimation(directory.filePath(QStringLiteral("w.png")),
                                         QSize(480, 270), 4, 10, &error));
        QVERIFY2(error.contains(QStringLiteral(".gif")), qPrintable(error));
    }

    // A frame of the wrong size is an error, not a crash or a clipped GIF.
    void aFrameOfAnotherSizeIsRefused()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("odd.gif"));
        ui::GifAnimation animation = squares(3);
        animation.frame
            = [](int k) { return k == 1 ? QImage(10, 10, QImage::Format_RGB32) : squareFrame(k); };
        QString error;
        QVERIFY(!ui::writeAnimatedGif(path, animation, &error));
        QVERIFY2(error.contains(QStringLiteral("frame 2")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));
    }
};

QTEST_MAIN(TestAnimation)
#include "tst_animation.moc"
