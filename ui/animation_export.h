// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/datasets.h"
#include "core/trainer.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <functional>
#include <vector>

namespace initviz::ui {

/// Issue 12: an animation's size and length.
struct AnimationSettings {
    QSize size{1280, 720};
    double seconds = 6.0;
    int fps = 25;
    /// round(seconds * fps), at least 2 (the first and the last iteration).
    [[nodiscard]] int frameCount() const;
    /// 100 / fps, rounded: GIF delays are in hundredths of a second.
    [[nodiscard]] int delayCentiseconds() const;
};

/// The iteration each of `frames` frames shows: evenly spaced from 0 to `iterations`, rounded.
[[nodiscard]] std::vector<int> animationIterations(int iterations, int frames);

/// The runs of a comparison as they evolve: `results` the final runs (the last frame is the
/// figure `compare --plot` draws of them), `weights[r][k]` run r's parameters at `iterations[k]`.
struct AnimationRuns {
    std::vector<TrainingResult> results;
    std::vector<int> iterations;
    std::vector<std::vector<Parameters>> weights;
};

/// Frame k of the animation at `size`: each run's boundary from its weights at iterations[k], its
/// accuracy there and its costs up to there; the last frame is the final figure.
[[nodiscard]] QImage renderAnimationFrame(const AnimationRuns& runs, const DatasetPair& data,
                                          QSize size, int frame);

/// Writes the animation to `path` (a GIF) atomically. `progress(done, total)` after each frame
/// returns false to cancel: then nothing is written, `*cancelled` is set. False with a
/// user-facing message on failure. Needs a QApplication, on the GUI thread.
bool exportComparisonAnimation(const AnimationRuns& runs, const DatasetPair& data,
                               const AnimationSettings& settings, const QString& path,
                               QString* errorMessage, QString* notice = nullptr,
                               const std::function<bool(int, int)>& progress = {},
                               bool* cancelled = nullptr);

} // namespace initviz::ui
