// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plot_style.h"

#include "ui/scheme_text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include <cmath>

namespace initviz::ui {

namespace {
// matplotlib's Spectral map at 0 and 1, as the notebook's scatter and contourf use it.
constexpr QRgb kSpectralRed = 0x9e0142;
constexpr QRgb kSpectralBlue = 0x5e4fa2;
// How much of the class colour the fill keeps (the rest is white): strongest where the network
// is sure, palest next to the 0.5 boundary.
constexpr double kFillConfident = 0.36;
constexpr double kFillUncertain = 0.16;
// The gradient steps from red to blue between these; the panels never put a value in between
// (P(blue) <= 0.5 is drawn at most at kRedEnd, > 0.5 at least at kBlueStart).
constexpr double kRedEnd = 0.49;
constexpr double kBlueStart = 0.51;
constexpr int kGradientLevels = 512;
constexpr QRgb kNanFill = 0xd9d9d9;

// Okabe & Ito's colour-blind-safe palette, one colour per scheme.
constexpr QRgb kOrange = 0xe69f00;
constexpr QRgb kReddishPurple = 0xcc79a7;
constexpr QRgb kBluishGreen = 0x009e73;
constexpr QRgb kBlue = 0x0072b2;
constexpr QRgb kVermillion = 0xd55e00;
constexpr QRgb kSkyBlue = 0x56b4e9;
constexpr QRgb kOlive = 0x8a7f1c;
constexpr QRgb kGrey = 0x6f6f6f;

// Plot font sizes in points at scale 1.
constexpr double kTitlePoints = 10.0;
constexpr double kLabelPoints = 9.5;
constexpr double kTickPoints = 8.5;
constexpr double kAnnotationPoints = 9.0;
// Significant digits of a cost in the table and the plots (the tooltip has all of them).
constexpr int kCostDigits = 4;
constexpr int kSwatchSize = 12;

QFont scaledFont(double points, double scale, bool bold = false)
{
    QFont font;
    font.setPointSizeF(points * scale);
    font.setBold(bold);
    return font;
}

QString capitalised(QString result)
{
    if (!result.isEmpty())
        result[0] = result[0].toUpper();
    return result;
}
} // namespace

QColor tint(const QColor& color, double strength)
{
    const auto mix = [strength](int channel) {
        return static_cast<int>(std::lround(channel * strength + 255.0 * (1.0 - strength)));
    };
    return {mix(color.red()), mix(color.green()), mix(color.blue())};
}

QIcon colorSwatch(const QColor& color)
{
    QPixmap pixmap(kSwatchSize, kSwatchSize);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(130));
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(0.5, 0.5, kSwatchSize - 1.0, kSwatchSize - 1.0), 2.5, 2.5);
    return QIcon(pixmap);
}

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QColor classColor(int label)
{
    return QColor(label == 0 ? kSpectralRed : kSpectralBlue);
}

QColor runColor(InitScheme scheme)
{
    switch (scheme) {
    case InitScheme::Zeros:
        return QColor(kOrange);
    case InitScheme::Random:
        return QColor(kReddishPurple);
    case InitScheme::He:
        return QColor(kBluishGreen);
    case InitScheme::LeCun:
        return QColor(kBlue);
    case InitScheme::Xavier:
        return QColor(kVermillion);
    case InitScheme::HeUniform:
        return QColor(kSkyBlue);
    case InitScheme::XavierUniform:
        return QColor(kOlive);
    case InitScheme::Small:
        return QColor(kGrey);
    }
    return QColor(kGrey);
}

QCPColorGradient boundaryGradient()
{
    QCPColorGradient gradient;
    gradient.setLevelCount(kGradientLevels);
    gradient.setColorInterpolation(QCPColorGradient::ciRGB);
    gradient.setColorStops({
        {0.0, tint(QColor(kSpectralRed), kFillConfident)},
        {kRedEnd, tint(QColor(kSpectralRed), kFillUncertain)},
        {kBlueStart, tint(QColor(kSpectralBlue), kFillUncertain)},
        {1.0, tint(QColor(kSpectralBlue), kFillConfident)},
    });
    gradient.setNanHandling(QCPColorGradient::nhNanColor);
    gradient.setNanColor(QColor(kNanFill));
    return gradient;
}

QString schemeTitle(InitScheme scheme)
{
    return capitalised(schemeTitleText(scheme));
}

QString modelTitle(InitScheme scheme)
{
    // The notebook's plot titles: "Model with Zeros initialization", "Model with large random
    // initialization", "Model with He initialization": a one-word title is capitalised, a
    // phrase is not.
    const QString title = schemeTitleText(scheme);
    return QCoreApplication::translate("initviz::ui::PlotStyle", "Model with %1 initialization")
        .arg(title.contains(QLatin1Char(' ')) ? title : schemeTitle(scheme));
}

QString runTitle(InitScheme scheme, std::optional<std::uint32_t> seed)
{
    if (!seed)
        return modelTitle(scheme);
    return QCoreApplication::translate("initviz::ui::PlotStyle", "%1, seed %2")
        .arg(schemeTitle(scheme))
        .arg(*seed);
}

QString legendName(InitScheme scheme, int seedCount)
{
    return seedCount > 1
        ? QCoreApplication::translate("initviz::ui::PlotStyle", "%1 (%n seeds)", nullptr, seedCount)
              .arg(schemeTitle(scheme))
        : schemeTitle(scheme);
}

QString tableModelName(InitScheme scheme, int layerCount)
{
    return QCoreApplication::translate("initviz::ui::PlotStyle",
                                       "%1-layer NN with %2 initialization")
        .arg(layerCount)
        .arg(schemeTitleText(scheme));
}

QString formatPercent(double fraction)
{
    if (std::isnan(fraction))
        return QStringLiteral("\u2014");
    // One decimal, dropped when it is 0 ("99.3%", "50%"), in the window's number format.
    const double percent = fraction * 100.0;
    const bool whole = QString::number(percent, 'f', 1).endsWith(QLatin1String(".0"));
    return QLocale().toString(percent, 'f', whole ? 0 : 1) + QLocale().percent();
}

QString formatCost(double cost)
{
    if (std::isnan(cost))
        return QStringLiteral("NaN");
    if (std::isinf(cost))
        return cost > 0 ? QStringLiteral("\u221e") : QStringLiteral("\u2212\u221e");
    return QLocale().toString(cost, 'g', kCostDigits);
}

QString formatCount(long long count)
{
    return QLocale().toString(count);
}

QFont PlotFonts::title() const
{
    return scaledFont(kTitlePoints, scale, true);
}

QFont PlotFonts::label() const
{
    return scaledFont(kLabelPoints, scale);
}

QFont PlotFonts::ticks() const
{
    return scaledFont(kTickPoints, scale);
}

QFont PlotFonts::annotation() const
{
    return scaledFont(kAnnotationPoints, scale);
}

} // namespace initviz::ui
