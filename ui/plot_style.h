// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/activations.h"
#include "core/initializers.h"

#include <QColor>
#include <QFont>
#include <QIcon>
#include <QString>

#include <qcustomplot.h>

#include <cstdint>
#include <optional>

namespace initviz::ui {

/// The class colours' palette, for the whole window and its exports (issue 13): the notebook's
/// Spectral red and blue, or Okabe & Ito's orange and blue with the classes also told apart by
/// shape (circles and squares), for colour-vision deficiency. View → Colour-blind-safe classes.
enum class ClassPalette { Notebook, ColourBlindSafe };
void setClassPalette(ClassPalette palette);
[[nodiscard]] ClassPalette classPalette();

/// The class colours of the current palette (label 0 red or orange, 1 blue), for legends and
/// swatches: the notebook's are the two ends of matplotlib's Spectral map.
[[nodiscard]] QColor classColor(int label);

/// The colours of a decision-boundary plot, chosen for a projector (issue 9): the predicted
/// regions flat and strong as the notebook's contourf shows them (Spectral's red and blue, one
/// step in from its ends), a red point dark (Spectral's red end) with a white edge, a blue point
/// light with a dark edge. Their relative luminances (WCAG) keep every pair apart by at least
/// kMinimumBoundaryContrast: a point never melts into either region, and red and blue points
/// differ in lightness as well as hue (for a washed-out projector or colour-blind eyes).
/// The colour-blind-safe palette keeps these contrasts with Okabe & Ito's orange and blue regions,
/// a dark brown and a near-white point, and adds shape.
struct BoundaryColors {
    QColor region[2]; ///< by predicted label
    QColor pointFill[2]; ///< by true label
    QColor pointEdge[2];
    QCPScatterStyle::ScatterShape shape[2]; ///< by true label
};
/// The current palette's colours (setClassPalette).
[[nodiscard]] const BoundaryColors& boundaryColors();
/// The least WCAG contrast ratio between any two of: red region, blue region, red point, blue
/// point (except the two regions, which differ in hue), and between each point's edge and both
/// regions. README states it; tst_visuals measures it on a rendered panel.
inline constexpr double kMinimumBoundaryContrast = 1.8;

/// The fill of the decision-boundary panels: two flat colours, the red region for P(blue) up to
/// 0.49, a step, the blue one from 0.51 up. BoundaryView maps P(blue) <= 0.5 below the step and
/// > 0.5 above it.
[[nodiscard]] QCPColorGradient boundaryGradient();

/// WCAG 2 relative luminance of a colour (0 black .. 1 white).
[[nodiscard]] double relativeLuminance(const QColor& color);
/// WCAG 2 contrast ratio of two colours, 1 (equal) .. 21 (black on white).
[[nodiscard]] double contrastRatio(const QColor& first, const QColor& second);
/// Black or white, whichever reads better on `background` (text on a run's progress bar).
[[nodiscard]] QColor readableTextOn(const QColor& background);

/// The colour of layer `layer` (1-based) of `count` in the per-layer plots (issue 11): viridis,
/// from yellow-green (first layer) to dark purple (output), so depth reads as darkness.
[[nodiscard]] QColor layerColor(int layer, int count);

/// A run's colour in the cost plot, the legend, the table and its progress bar: one fixed,
/// colour-blind-safe colour per scheme (Okabe-Ito), so "He" looks the same in every experiment.
[[nodiscard]] QColor runColor(InitScheme scheme);
/// The colour of seed number `index` (0-based) of `count` seeds of one initialization: shades
/// of `base`'s hue from darker to lighter, the first seed darkest, so the curves of one
/// initialization read as one family and still apart.
[[nodiscard]] QColor seedShade(const QColor& base, int index, int count);

/// The colour `strength` of the way from white to `color` (0: white, 1: the colour itself).
[[nodiscard]] QColor tint(const QColor& color, double strength);
/// A small rounded square in `color`: the run's mark in the picker and the table.
[[nodiscard]] QIcon colorSwatch(const QColor& color);

// Run names in the window's language: tr() over the core's patterns (core/experiment.h:
// schemeName, modelPlotTitle, modelName, runPlotTitle), which they equal in English
// (tst_language checks it).

/// "He" -> "He", "large random" -> "Large random": the scheme's title for legends and titles.
[[nodiscard]] QString schemeTitle(InitScheme scheme);
/// The notebook's plot title: "Model with He initialization".
[[nodiscard]] QString modelTitle(InitScheme scheme);
/// The notebook's conclusion-table name: "3-layer NN with He initialization".
/// With the activation when it is not ReLU: "11-layer NN with He initialization, tanh".
[[nodiscard]] QString tableModelName(InitScheme scheme, int layerCount, ///< weightLayerCount()
                                     Activation activation = Activation::Relu);
/// A run's panel title: the notebook's modelTitle, or with several weight seeds compared the
/// shorter "He, seed 4", which fits panels a quarter as wide; with the activation when it is not
/// ReLU: "Model with He initialization, tanh", "He, tanh, seed 4".
[[nodiscard]] QString runTitle(InitScheme scheme, std::optional<std::uint32_t> seed,
                               Activation activation = Activation::Relu);
/// A panel's title when `activationCount` activations are compared: runTitle, or with several
/// activations and one seed the short familyTitle ("He", "He, tanh"), which fits a grid of them.
[[nodiscard]] QString panelTitle(InitScheme scheme, std::optional<std::uint32_t> seed,
                                 Activation activation, int activationCount);
/// The cost legend's name of a scheme's runs with one activation: "He", "He, tanh".
[[nodiscard]] QString familyTitle(InitScheme scheme, Activation activation);
/// How the cost plot draws an activation's curves: the colour is the scheme's, the line ReLU's
/// solid, tanh's dashed, sigmoid's dotted, leaky ReLU's dash-dotted, so "He" and "He, tanh" read
/// apart on a projector and in grey.
[[nodiscard]] Qt::PenStyle activationPenStyle(Activation activation);
/// A legend entry for every run of `scheme`: "He", or "He (4 seeds)".
[[nodiscard]] QString legendName(InitScheme scheme, int seedCount);

/// 0.99333 -> "99.3%", 0.96 -> "96%"; NaN -> an em dash.
[[nodiscard]] QString formatPercent(double fraction);
/// 0.0735789... -> "0.07358", inf -> "∞", NaN -> "NaN".
[[nodiscard]] QString formatCost(double cost);
/// 15000 -> "15,000" (in the user's locale).
[[nodiscard]] QString formatCount(long long count);

/// Sets the iteration axis's tick count (1 to 5) so its labels ("12500") keep a label's width of
/// room between them on an axis `width` pixels long: a narrow plot gets fewer ticks, not
/// overlapping ones.
void fitIterationTicks(QCPAxis* axis, int width);
/// The same for a vertical axis `height` pixels long: a label's height of room between labels.
void fitValueTicks(QCPAxis* axis, int height);

/// A log axis labelled in powers of ten (10⁻², 10⁰, 10¹⁴). Its plot then writes numbers the C
/// way: German and Chinese locales write an exponent as "E", which QCustomPlot cannot turn into
/// a power ("1E+14" on the axis).
void usePowersOfTen(QCPAxis* axis);

/// Fonts of the plots, scaled up in presenter mode.
struct PlotFonts {
    double scale = 1.0;
    [[nodiscard]] QFont title() const;
    [[nodiscard]] QFont label() const;
    [[nodiscard]] QFont ticks() const;
    [[nodiscard]] QFont annotation() const;
};

} // namespace initviz::ui
