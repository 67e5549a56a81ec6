// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/understanding_panel.h"

#include "ui/plot_style.h"
#include "ui/scheme_text.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPaintEvent>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace initviz::ui {

namespace {
// Cells are as wide as a written value ("-0.00") in the values' font; layers wider than
// kFullColumns get narrower cells (never below a visible dot), without values once too narrow.
constexpr int kFullColumns = 10;
constexpr int kCellPadding = 5;
constexpr int kMinimumCell = 4;
constexpr double kValueFontScale = 0.78;
constexpr double kTextCellShare = 0.9;
const QString kWidestValue = QStringLiteral("-0.00");
constexpr int kPairSpacing = 10;
// Layers wider than this show their top-left corner (the panel is for looking, not auditing).
constexpr Eigen::Index kMaxShown = 40;
// Colorbrewer's PuOr ends: not the red and blue of the classes.
constexpr QRgb kNegative = 0x5e3c99;
constexpr QRgb kPositive = 0xe66101;
constexpr QRgb kGridLine = 0xbdbdbd;
// Cells darker than this get white text.
constexpr float kDarkCell = 0.55F;

QColor cellColor(double value, double limit)
{
    if (!std::isfinite(value))
        return QColor(0xd9d9d9);
    const double strength = limit > 0.0 ? std::min(1.0, std::abs(value) / limit) : 0.0;
    return tint(QColor(value < 0.0 ? kNegative : kPositive), strength);
}

/// Short enough for a cell: "18", "-1.9", "0.44", "-0.09", "0".
QString cellText(double value)
{
    if (value == 0.0)
        return QStringLiteral("0");
    const double magnitude = std::abs(value);
    return QLocale().toString(value, 'f', magnitude >= 10.0 ? 0 : magnitude >= 1.0 ? 1 : 2);
}

bool rowsIdentical(const Matrix& W)
{
    if (W.rows() < 2)
        return false;
    for (Eigen::Index row = 1; row < W.rows(); ++row) {
        if (W.row(row) != W.row(0))
            return false;
    }
    return true;
}

double standardDeviation(const Matrix& W)
{
    const double mean = W.mean();
    return std::sqrt((W.array() - mean).square().mean());
}

// Translated where it is shown (UnderstandingPanel::tr), so the context here is the class's.
const char* const kRemember = QT_TRANSLATE_NOOP(
    "initviz::ui::UnderstandingPanel",
    "<ul style='margin-left:-20px'>"
    "<li><b>The starting point decides the outcome.</b> Same network, same data, same learning "
    "rate: only the initial weights differ, and the results range from useless to excellent.</li>"
    "<li><b>Zeros never break the symmetry.</b> Every unit of a layer starts the same, receives "
    "the same gradient and so stays the same: the layer behaves like a single unit. Here the "
    "network predicts one class everywhere (50%).</li>"
    "<li><b>Random weights break the symmetry, but their size matters.</b> Weights &times;10 "
    "push the sigmoid to exactly 0 or 1: the first cost is infinite, learning crawls and the "
    "boundary stays ragged.</li>"
    "<li><b>Match the scale to the activation.</b> He initialization, "
    "randn&nbsp;&times;&nbsp;&radic;(2/n<sub>l&minus;1</sub>), keeps the signal's spread steady "
    "through ReLU layers: the cost falls fast and the circle appears.</li>"
    "</ul>");
} // namespace

MatrixHeatmap::MatrixHeatmap(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void MatrixHeatmap::setMatrix(const Matrix& matrix, double limit)
{
    matrix_ = matrix;
    limit_ = limit;
    updateGeometry();
    update();
}

QFont MatrixHeatmap::valueFont() const
{
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * kValueFontScale);
    return small;
}

int MatrixHeatmap::naturalCellWidth() const
{
    return QFontMetrics(valueFont()).horizontalAdvance(kWidestValue) + kCellPadding;
}

bool MatrixHeatmap::writesValues() const
{
    return cellWidth() >= static_cast<int>(naturalCellWidth() * kTextCellShare);
}

int MatrixHeatmap::cellWidth() const
{
    const int natural = naturalCellWidth();
    const auto columns = static_cast<int>(std::min(matrix_.cols(), kMaxShown));
    if (columns <= kFullColumns)
        return natural;
    return std::max(kMinimumCell, natural * kFullColumns / columns);
}

int MatrixHeatmap::cellHeight() const
{
    const int textHeight = QFontMetrics(valueFont()).height() + 3;
    return writesValues() ? textHeight : std::min(cellWidth(), textHeight);
}

void MatrixHeatmap::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

QSize MatrixHeatmap::sizeHint() const
{
    const auto columns = static_cast<int>(std::min(matrix_.cols(), kMaxShown));
    const auto rows = static_cast<int>(std::min(matrix_.rows(), kMaxShown));
    return {columns * cellWidth() + 1, rows * cellHeight() + 1};
}

void MatrixHeatmap::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    const int width = cellWidth();
    const int height = cellHeight();
    const bool writeValues = writesValues();
    painter.setFont(valueFont());
    const Eigen::Index rows = std::min(matrix_.rows(), kMaxShown);
    const Eigen::Index columns = std::min(matrix_.cols(), kMaxShown);
    for (Eigen::Index row = 0; row < rows; ++row) {
        for (Eigen::Index column = 0; column < columns; ++column) {
            const double value = matrix_(row, column);
            const QRect cell(static_cast<int>(column) * width, static_cast<int>(row) * height,
                             width, height);
            const QColor fill = cellColor(value, limit_);
            painter.fillRect(cell, fill);
            if (writeValues) {
                painter.setPen(fill.lightnessF() < kDarkCell ? Qt::white : QColor(0x202020));
                painter.drawText(cell, Qt::AlignCenter, cellText(value));
            }
        }
    }
    painter.setPen(QColor(kGridLine));
    painter.setBrush(Qt::NoBrush);
    if (writeValues || width >= 8) {
        for (Eigen::Index row = 0; row <= rows; ++row) {
            const int y = static_cast<int>(row) * height;
            painter.drawLine(0, y, static_cast<int>(columns) * width, y);
        }
        for (Eigen::Index column = 0; column <= columns; ++column) {
            const int x = static_cast<int>(column) * width;
            painter.drawLine(x, 0, x, static_cast<int>(rows) * height);
        }
    } else {
        painter.drawRect(0, 0, static_cast<int>(columns) * width, static_cast<int>(rows) * height);
    }
}

UnderstandingPanel::UnderstandingPanel(QWidget* parent)
    : QWidget(parent)
    , schemes_(new QComboBox)
    , formula_(new QLabel)
    , scale_(new QLabel)
    , matrices_(new QWidget)
    , matricesLayout_(new QVBoxLayout(matrices_))
{
    schemes_->setObjectName(QStringLiteral("understandingScheme"));
    schemes_->setToolTip(tr("Whose initial weights to show (or click a boundary "
                            "panel)"));
    formula_->setWordWrap(true);
    formula_->setTextFormat(Qt::RichText);
    scale_->setWordWrap(true);
    scale_->setTextFormat(Qt::RichText);
    matricesLayout_->setContentsMargins(0, 0, 0, 0);
    matricesLayout_->setSpacing(4);

    auto* weights = new QGroupBox(tr("Initial weights"));
    auto* weightsLayout = new QVBoxLayout(weights);
    weightsLayout->addWidget(schemes_);
    weightsLayout->addWidget(formula_);
    weightsLayout->addWidget(matrices_);
    weightsLayout->addWidget(scale_);

    auto* remember = new QGroupBox(tr("What you should remember"));
    auto* rememberLayout = new QVBoxLayout(remember);
    auto* text = new QLabel(tr(kRemember));
    text->setObjectName(QStringLiteral("rememberText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    rememberLayout->addWidget(text);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(weights);
    layout->addWidget(remember);
    layout->addStretch(1);

    connect(schemes_, &QComboBox::currentIndexChanged, this, [this] {
        rebuild();
        if (hasScheme())
            emit currentRunChanged(currentScheme(), currentSeed());
    });
}

void UnderstandingPanel::setCandidates(const std::vector<Candidate>& candidates,
                                       const std::vector<int>& layerDims, bool namesSeeds)
{
    const bool had = hasScheme();
    const Candidate previous = had ? Candidate{currentScheme(), currentSeed()} : Candidate{};
    layerDims_ = layerDims;
    candidates_ = candidates;
    {
        const QSignalBlocker blocker(schemes_);
        schemes_->clear();
        for (std::size_t i = 0; i < candidates_.size(); ++i) {
            const Candidate& candidate = candidates_[i];
            schemes_->addItem(namesSeeds ? runTitle(candidate.scheme, candidate.seed)
                                         : modelTitle(candidate.scheme),
                              static_cast<int>(i));
        }
        int keep = had ? indexOf(previous.scheme, previous.seed) : -1;
        if (keep < 0 && had)
            keep = indexOf(previous.scheme, std::nullopt);
        schemes_->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    rebuild();
}

int UnderstandingPanel::indexOf(InitScheme scheme, std::optional<std::uint32_t> seed) const
{
    for (std::size_t i = 0; i < candidates_.size(); ++i) {
        if (candidates_[i].scheme == scheme && (!seed || candidates_[i].seed == *seed))
            return static_cast<int>(i);
    }
    return -1;
}

void UnderstandingPanel::setCurrentScheme(InitScheme scheme)
{
    const int index = indexOf(scheme, std::nullopt);
    if (index >= 0)
        schemes_->setCurrentIndex(index);
}

void UnderstandingPanel::setCurrentRun(InitScheme scheme, std::uint32_t seed)
{
    const int index = indexOf(scheme, seed);
    if (index >= 0)
        schemes_->setCurrentIndex(index);
}

bool UnderstandingPanel::hasScheme() const
{
    return schemes_->currentIndex() >= 0;
}

InitScheme UnderstandingPanel::currentScheme() const
{
    return candidates_.at(static_cast<std::size_t>(schemes_->currentData().toInt())).scheme;
}

std::uint32_t UnderstandingPanel::currentSeed() const
{
    return candidates_.at(static_cast<std::size_t>(schemes_->currentData().toInt())).seed;
}

std::vector<const MatrixHeatmap*> UnderstandingPanel::weightMaps() const
{
    return weightMaps_;
}

void UnderstandingPanel::rebuild()
{
    weightMaps_.clear();
    while (QLayoutItem* item = matricesLayout_->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!hasScheme()) {
        formula_->setText(tr("<i>Select an initialization to see its weights.</i>"));
        scale_->clear();
        return;
    }
    const InitScheme scheme = currentScheme();
    const std::uint32_t seed = currentSeed();
    const InitSchemeInfo& info = schemeInfo(scheme);
    formula_->setText(tr("<code>%1</code><br><span style='color:#555'>seed %2 \u00b7 %3</span>")
                          // "= 0" never starts a line.
                          .arg(toQString(info.formula)
                                   .toHtmlEscaped()
                                   .replace(QStringLiteral(" = "), QStringLiteral("&nbsp;=&nbsp;")))
                          .arg(seed)
                          .arg(schemeCommentAndUse(scheme).toHtmlEscaped()));

    Parameters parameters;
    try {
        parameters = initializeParameters(layerDims_, scheme, seed);
    } catch (const std::invalid_argument& error) {
        scale_->setText(QStringLiteral("<i>%1</i>").arg(QString::fromStdString(error.what())));
        return;
    }
    double limit = 0.0;
    for (const Matrix& W : parameters.W)
        limit = std::max(limit, W.cwiseAbs().maxCoeff());

    for (std::size_t l = 0; l < parameters.layerCount(); ++l) {
        const Matrix& W = parameters.W[l];
        const Matrix b = parameters.b[l];
        const int layer = static_cast<int>(l) + 1;
        // W_l and b_l side by side, each captioned above.
        auto* pair = new QWidget;
        auto* grid = new QGridLayout(pair);
        grid->setContentsMargins(0, 0, 0, 0);
        grid->setHorizontalSpacing(kPairSpacing);
        grid->setVerticalSpacing(2);
        //: W%1: weight matrix of layer %1, %2x%3 its shape, std: standard deviation
        grid->addWidget(new QLabel(tr("<b>W%1</b> %2\u00d7%3 \u00b7 std %4")
                                       .arg(layer)
                                       .arg(W.rows())
                                       .arg(W.cols())
                                       .arg(QLocale().toString(standardDeviation(W), 'g', 3))),
                        0, 0);
        grid->addWidget(new QLabel(QStringLiteral("<b>b%1</b>").arg(layer)), 0, 1);
        auto* weightsMap = new MatrixHeatmap;
        weightsMap->setObjectName(QStringLiteral("W%1").arg(layer));
        weightsMap->setMatrix(W, limit);
        weightsMap->setToolTip(tr("W%1: %2 rows (units of layer %1) \u00d7 %3 columns "
                                  "(inputs)")
                                   .arg(layer)
                                   .arg(W.rows())
                                   .arg(W.cols()));
        auto* biasMap = new MatrixHeatmap;
        biasMap->setObjectName(QStringLiteral("b%1").arg(layer));
        biasMap->setMatrix(b, limit);
        biasMap->setToolTip(tr("b%1: every scheme starts the biases at zero").arg(layer));
        grid->addWidget(weightsMap, 1, 0, Qt::AlignLeft | Qt::AlignTop);
        grid->addWidget(biasMap, 1, 1, Qt::AlignLeft | Qt::AlignTop);
        grid->setColumnStretch(2, 1);
        matricesLayout_->addWidget(pair);
        weightMaps_.push_back(weightsMap);

        if (rowsIdentical(W)) {
            auto* note = new QLabel(tr("All %n rows are identical: the %n units of "
                                       "layer %1 compute the same thing, and get "
                                       "the same updates.",
                                       nullptr, static_cast<int>(W.rows()))
                                        .arg(layer));
            note->setWordWrap(true);
            note->setStyleSheet(QStringLiteral("color: #8a4b00;"));
            matricesLayout_->addWidget(note);
        }
        if (W.rows() > kMaxShown || W.cols() > kMaxShown) {
            auto* note = new QLabel(tr("Showing the first %1\u00d7%2 entries.")
                                        .arg(std::min(W.rows(), kMaxShown))
                                        .arg(std::min(W.cols(), kMaxShown)));
            note->setEnabled(false);
            matricesLayout_->addWidget(note);
        }
    }
    scale_->setText(limit > 0.0
                        ? tr("Colour scale: <span style='color:#5e3c99'><b>&minus;%1</b></span> "
                             "&hellip; 0 &hellip; <span style='color:#e66101'><b>+%1</b></span>")
                              .arg(QLocale().toString(limit, 'g', 3))
                        : tr("Every weight is exactly 0."));
}

} // namespace initviz::ui
