// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plot_style.h"

#include "ui/scheme_text.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include <algorithm>
#include <array>
#include <cmath>

namespace initviz::ui {

namespace {
// matplotlib's Spectral map (ColorBrewer's 11 classes) at 0, 0.1, 0.9 and 1: the notebook's
// scatter and contourf use its ends.
constexpr QRgb kSpectralRed = 0x9e0142;
constexpr QRgb kSpectralBlue = 0x5e4fa2;
constexpr QRgb kSpectralNearRed = 0xd53e4f;
constexpr QRgb kSpectralNearBlue = 0x3288bd;
// Blue points: Spectral's near-blue lightened, so they are lighter than either region.
constexpr double kLightBluePoint = 0.42;
constexpr QRgb kDarkEdge = 0x1a1a1a;
// The colour-blind-safe classes: Okabe & Ito's orange and blue regions (kOrange, kBlue below); a
// dark brown point and a near-white blue one keep kMinimumBoundaryContrast against both
// (tst_visuals renders them).
constexpr QRgb kDarkBrownPoint = 0x6b2b00;
constexpr QRgb kPaleBluePoint = 0xe4f4fe;
constexpr QRgb kLightEdge = 0xffffff;
// The gradient steps from red to blue between these; the panels never put a value in between
// (P(blue) <= 0.5 is drawn at most at kRedEnd, > 0.5 at least at kBlueStart).
constexpr double kRedEnd = 0.49;
constexpr double kBlueStart = 0.51;
// Seeds of one initialization: from this many percent darker to as many lighter than its colour.
constexpr double kShadeSpread = 45.0;
// WCAG 2: sRGB to linear light, and the contrast ratio's flare term.
constexpr double kLinearThreshold = 0.04045;
constexpr double kLinearSlope = 12.92;
constexpr double kGammaOffset = 0.055;
constexpr double kGamma = 2.4;
constexpr double kFlare = 0.05;
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

namespace {
// Set on the GUI thread only, as every reader runs there.
ClassPalette gClassPalette = ClassPalette::Notebook;
} // namespace

void setClassPalette(ClassPalette palette)
{
    gClassPalette = palette;
}

ClassPalette classPalette()
{
    return gClassPalette;
}

QColor classColor(int label)
{
    if (gClassPalette == ClassPalette::ColourBlindSafe)
        return QColor(label == 0 ? kOrange : kBlue);
    return QColor(label == 0 ? kSpectralRed : kSpectralBlue);
}

const BoundaryColors& boundaryColors()
{
    static const BoundaryColors notebook{
        {QColor(kSpectralNearRed), QColor(kSpectralNearBlue)},
        {QColor(kSpectralRed), tint(QColor(kSpectralNearBlue), kLightBluePoint)},
        {QColor(kLightEdge), QColor(kDarkEdge)},
        {QCPScatterStyle::ssCircle, QCPScatterStyle::ssCircle},
    };
    static const BoundaryColors colourBlindSafe{
        {QColor(kOrange), QColor(kBlue)},
        {QColor(kDarkBrownPoint), QColor(kPaleBluePoint)},
        {QColor(kLightEdge), QColor(kDarkEdge)},
        {QCPScatterStyle::ssCircle, QCPScatterStyle::ssSquare},
    };
    return gClassPalette == ClassPalette::ColourBlindSafe ? colourBlindSafe : notebook;
}

double relativeLuminance(const QColor& color)
{
    const auto linear = [](double channel) {
        return channel <= kLinearThreshold
            ? channel / kLinearSlope
            : std::pow((channel + kGammaOffset) / (1.0 + kGammaOffset), kGamma);
    };
    const QColor rgb = color.toRgb();
    // QColor's F channels are float in Qt 6.
    return 0.2126 * linear(static_cast<double>(rgb.redF()))
        + 0.7152 * linear(static_cast<double>(rgb.greenF()))
        + 0.0722 * linear(static_cast<double>(rgb.blueF()));
}

double contrastRatio(const QColor& first, const QColor& second)
{
    const double a = relativeLuminance(first);
    const double b = relativeLuminance(second);
    return (std::max(a, b) + kFlare) / (std::min(a, b) + kFlare);
}

QColor readableTextOn(const QColor& background)
{
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return contrastRatio(background, black) >= contrastRatio(background, white) ? black : white;
}

QColor seedShade(const QColor& base, int index, int count)
{
    if (count <= 1)
        return base;
    // -1 (the first seed, darkest) .. 1 (the last, lightest), evenly.
    const double position = 2.0 * std::clamp(index, 0, count - 1) / (count - 1) - 1.0;
    if (position < 0.0)
        return base.darker(static_cast<int>(std::lround(100.0 - position * kShadeSpread)));
    return base.lighter(static_cast<int>(std::lround(100.0 + position * kShadeSpread)));
}

QColor layerColor(int layer, int count)
{
    // viridis at 0.85 .. 0: light layers first (matplotlib's samples, interpolated in RGB).
    static constexpr std::array<QRgb, 5> kViridis{0xb5de2b, 0x35b779, 0x26828e, 0x3e4989, 0x440154};
    const double position
        = count <= 1 ? 1.0 : static_cast<double>(std::clamp(layer, 1, count) - 1) / (count - 1);
    const double scaled = position * (kViridis.size() - 1);
    const auto low = static_cast<std::size_t>(std::floor(scaled));
    const std::size_t high = std::min(low + 1, kViridis.size() - 1);
    const double t = scaled - static_cast<double>(low);
    const auto mix
        = [t](int from, int to) { return static_cast<int>(std::lround(from + t * (to - from))); };
    const QRgb a = kViridis[low];
    const QRgb b = kViridis[high];
    return {mix(qRed(a), qRed(b)), mix(qGreen(a), qGreen(b)), mix(qBlue(a), qBlue(b))};
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
    const BoundaryColors& colors = boundaryColors();
    QCPColorGradient gradient;
    gradient.setLevelCount(kGradientLevels);
    gradient.setColorInterpolation(QCPColorGradient::ciRGB);
    gradient.setColorStops({
        {0.0, colors.region[0]},
        {kRedEnd, colors.region[0]},
        {kBlueStart, colors.region[1]},
        {1.0, colors.region[1]},
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

QString familyTitle(InitScheme scheme, Activation activation)
{
    if (activation == Activation::Relu)
        return schemeTitle(scheme);
    //: %1 a scheme's title, %2 the hidden activation: "He, tanh"
    return QCoreApplication::translate("initviz::ui::PlotStyle", "%1, %2")
        .arg(schemeTitle(scheme), activationTitleText(activation));
}

QString runTitle(InitScheme scheme, std::optional<std::uint32_t> seed, Activation activation)
{
    if (!seed) {
        if (activation == Activation::Relu)
            return modelTitle(scheme);
        return QCoreApplication::translate("initviz::ui::PlotStyle", "%1, %2")
            .arg(modelTitle(scheme), activationTitleText(activation));
    }
    return QCoreApplication::translate("initviz::ui::PlotStyle", "%1, seed %2")
        .arg(familyTitle(scheme, activation))
        .arg(*seed);
}

QString panelTitle(InitScheme scheme, std::optional<std::uint32_t> seed, Activation activation,
                   int activationCount)
{
    if (activationCount > 1 && !seed)
        return familyTitle(scheme, activation);
    return runTitle(scheme, seed, activation);
}

Qt::PenStyle activationPenStyle(Activation activation)
{
    switch (activation) {
    case Activation::Relu:
        return Qt::SolidLine;
    case Activation::Tanh:
        return Qt::DashLine;
    case Activation::Sigmoid:
        return Qt::DotLine;
    case Activation::LeakyRelu:
        return Qt::DashDotLine;
    }
    return Qt::SolidLine;
}

QString legendName(InitScheme scheme, int seedCount)
{
    return seedCount > 1
        ? QCoreApplication::translate("initviz::ui::PlotStyle", "%1 (%n seeds)", nullptr, seedCount)
              .arg(schemeTitle(scheme))
        : schemeTitle(scheme);
}

QString tableModelName(InitScheme scheme, int layerCount, Activation activation)
{
    const QString name = QCoreApplication::translate("initviz::ui::PlotStyle",
                                                     "%1-layer NN with %2 initialization")
                             .arg(layerCount)
                             .arg(schemeTitleText(scheme));
    if (activation == Activation::Relu)
        return name;
    return QCoreApplication::translate("initviz::ui::PlotStyle", "%1, %2")
        .arg(name, activationTitleText(activation));
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

void fitIterationTicks(QCPAxis* axis, int width)
{
    constexpr int kMinTicks = 1; // 0 and one more label
    constexpr int kMaxTicks = 5;
    const int label
        = QFontMetrics(axis->tickLabelFont()).horizontalAdvance(QStringLiteral("00000"));
    axis->ticker()->setTickCount(std::clamp(width / std::max(1, 2 * label), kMinTicks, kMaxTicks));
}

void fitValueTicks(QCPAxis* axis, int height)
{
    constexpr int kMinTicks = 1;
    constexpr int kMaxTicks = 5;
    const int label = QFontMetrics(axis->tickLabelFont()).height();
    axis->ticker()->setTickCount(std::clamp(height / std::max(1, 2 * label), kMinTicks, kMaxTicks));
}

void usePowersOfTen(QCPAxis* axis)
{
    axis->setScaleType(QCPAxis::stLogarithmic);
    axis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    axis->setNumberFormat(QStringLiteral("eb"));
    axis->setNumberPrecision(0);
    axis->parentPlot()->setLocale(QLocale::c());
}

} // namespace initviz::ui
