// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/initializers.h"

#include <QColor>
#include <QFont>
#include <QIcon>
#include <QString>

#include <qcustomplot.h>

#include <cstdint>
#include <optional>
#include <string_view>

namespace initviz::ui {

/// The notebook's class colours: the two ends of matplotlib's Spectral map (label 0 red, 1 blue).
[[nodiscard]] QColor classColor(int label);
/// A run's colour in the cost plot, the legend, the table and its progress bar: one fixed,
/// colour-blind-safe colour per scheme (Okabe-Ito), so "He" looks the same in every experiment.
[[nodiscard]] QColor runColor(InitScheme scheme);
/// The fill of the decision-boundary panels: P(blue) from soft red (confidently 0) to pale red
/// at 0.49, a step, then pale blue from 0.51 to soft blue (confidently 1), so the prediction's
/// edge stays crisp and the points on top stay visible. BoundaryView maps P(blue) <= 0.5 below
/// the step and > 0.5 above it.
[[nodiscard]] QCPColorGradient boundaryGradient();

/// The colour `strength` of the way from white to `color` (0: white, 1: the colour itself).
[[nodiscard]] QColor tint(const QColor& color, double strength);
/// A small rounded square in `color`: the run's mark in the picker and the table.
[[nodiscard]] QIcon colorSwatch(const QColor& color);
/// The core's UTF-8 text (scheme names, formulas, comments) as a QString.
[[nodiscard]] QString toQString(std::string_view text);

/// "He" -> "He", "large random" -> "Large random": the scheme's title for legends and titles.
[[nodiscard]] QString schemeTitle(InitScheme scheme);
/// The notebook's plot title: "Model with He initialization".
[[nodiscard]] QString modelTitle(InitScheme scheme);
/// The notebook's conclusion-table name: "3-layer NN with He initialization".
[[nodiscard]] QString tableModelName(InitScheme scheme, int layerCount);
/// A run's panel title: the notebook's modelTitle, or with several weight seeds compared the
/// shorter "He, seed 4", which fits panels a quarter as wide.
[[nodiscard]] QString runTitle(InitScheme scheme, std::optional<std::uint32_t> seed);
/// A legend entry for every run of `scheme`: "He", or "He (4 seeds)".
[[nodiscard]] QString legendName(InitScheme scheme, int seedCount);

/// 0.99333 -> "99.3%", 0.96 -> "96%"; NaN -> an em dash.
[[nodiscard]] QString formatPercent(double fraction);
/// 0.0735789... -> "0.07358", inf -> "∞", NaN -> "NaN".
[[nodiscard]] QString formatCost(double cost);
/// 15000 -> "15,000" (in the user's locale).
[[nodiscard]] QString formatCount(long long count);

/// Fonts of the plots, scaled up in presenter mode.
struct PlotFonts {
    double scale = 1.0;
    [[nodiscard]] QFont title() const;
    [[nodiscard]] QFont label() const;
    [[nodiscard]] QFont ticks() const;
    [[nodiscard]] QFont annotation() const;
};

} // namespace initviz::ui
