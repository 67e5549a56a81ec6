// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/weights_view.h"

#include "ui/plot_style.h"
#include "ui/text_tones.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <utility>

namespace initviz::ui {

namespace {
constexpr int kPairSpacing = 10;
constexpr int kStdDigits = 3;

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

template <typename M> double largestMagnitude(const M& matrix)
{
    // Non-finite weights (a diverged run) are drawn grey and do not set the scale.
    double largest = 0.0;
    for (Eigen::Index i = 0; i < matrix.size(); ++i) {
        const double value = std::abs(matrix.data()[i]);
        if (std::isfinite(value))
            largest = std::max(largest, value);
    }
    return largest;
}

bool sameShapes(const Parameters& a, const Parameters& b)
{
    if (a.layerCount() != b.layerCount())
        return false;
    for (std::size_t l = 0; l < a.layerCount(); ++l) {
        if (a.W[l].rows() != b.W[l].rows() || a.W[l].cols() != b.W[l].cols())
            return false;
    }
    return true;
}
} // namespace

WeightsView::WeightsView(QWidget* parent)
    : QWidget(parent)
    , shownBox_(new QComboBox)
    , status_(new QLabel)
    , matrices_(new QWidget)
    , matricesLayout_(new QVBoxLayout(matrices_))
    , scale_(new QLabel)
{
    shownBox_->setObjectName(QStringLiteral("weightsShown"));
    //: Which weights to draw: as initialized
    shownBox_->addItem(tr("Initial"), static_cast<int>(Shown::Initial));
    //: Which weights to draw: at the run's current iteration
    shownBox_->addItem(tr("Current"), static_cast<int>(Shown::Current));
    //: Which weights to draw: current minus initial
    shownBox_->addItem(tr("Change"), static_cast<int>(Shown::Change));
    shownBox_->setToolTip(tr("Draw the initial weights, the current ones, or how far training "
                             "has moved them (current \u2212 initial), on one colour scale"));
    status_->setObjectName(QStringLiteral("weightsStatus"));
    status_->setWordWrap(true);
    scale_->setObjectName(QStringLiteral("weightsScale"));
    scale_->setWordWrap(true);
    scale_->setTextFormat(Qt::RichText);
    matricesLayout_->setContentsMargins(0, 0, 0, 0);
    matricesLayout_->setSpacing(4);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* toggleRow = new QHBoxLayout;
    //: Label of the initial/current/change toggle
    auto* toggleLabel = new QLabel(tr("Show:"));
    toggleLabel->setBuddy(shownBox_);
    toggleRow->addWidget(toggleLabel);
    toggleRow->addWidget(shownBox_, 1);
    layout->addLayout(toggleRow);
    layout->addWidget(status_);
    layout->addWidget(matrices_);
    layout->addWidget(scale_);

    connect(shownBox_, &QComboBox::currentIndexChanged, this, [this] { updateMatrices(); });
}

void WeightsView::setShown(Shown shown)
{
    shownBox_->setCurrentIndex(shownBox_->findData(static_cast<int>(shown)));
}

WeightsView::Shown WeightsView::shown() const
{
    return static_cast<Shown>(shownBox_->currentData().toInt());
}

void WeightsView::setInitial(const Parameters& initial)
{
    initial_ = initial;
    current_.reset();
    iteration_ = 0;
    rebuildLayers();
    updateMatrices();
}

void WeightsView::setCurrent(std::shared_ptr<const Parameters> current, int iteration)
{
    if (current == current_ && iteration == iteration_)
        return;
    // Parameters of another network (a stale progress) are not this run's.
    if (current && !sameShapes(*current, initial_))
        current.reset();
    current_ = std::move(current);
    iteration_ = iteration;
    updateMatrices();
}

void WeightsView::showMessage(const QString& message)
{
    initial_ = {};
    current_.reset();
    rebuildLayers();
    status_->setText(QStringLiteral("<i>%1</i>").arg(message.toHtmlEscaped()));
    scale_->clear();
}

std::vector<const MatrixHeatmap*> WeightsView::weightMaps() const
{
    std::vector<const MatrixHeatmap*> maps;
    for (const LayerWidgets& layer : layers_)
        maps.push_back(layer.weights);
    return maps;
}

std::vector<const MatrixHeatmap*> WeightsView::biasMaps() const
{
    std::vector<const MatrixHeatmap*> maps;
    for (const LayerWidgets& layer : layers_)
        maps.push_back(layer.biases);
    return maps;
}

void WeightsView::rebuildLayers()
{
    layers_.clear();
    while (QLayoutItem* item = matricesLayout_->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (std::size_t l = 0; l < initial_.layerCount(); ++l) {
        const int layer = static_cast<int>(l) + 1;
        const Matrix& W = initial_.W[l];
        // W_l and b_l side by side, each captioned above.
        auto* pair = new QWidget;
        auto* grid = new QGridLayout(pair);
        grid->setContentsMargins(0, 0, 0, 0);
        grid->setHorizontalSpacing(kPairSpacing);
        grid->setVerticalSpacing(2);
        LayerWidgets widgets;
        widgets.caption = new QLabel;
        grid->addWidget(widgets.caption, 0, 0);
        grid->addWidget(new QLabel(QStringLiteral("<b>b%1</b>").arg(layer)), 0, 1);
        widgets.weights = new MatrixHeatmap;
        widgets.weights->setObjectName(QStringLiteral("W%1").arg(layer));
        widgets.weights->setToolTip(tr("W%1: %2 rows (units of layer %1) \u00d7 %3 columns "
                                       "(inputs)")
                                        .arg(layer)
                                        .arg(W.rows())
                                        .arg(W.cols()));
        widgets.biases = new MatrixHeatmap;
        widgets.biases->setObjectName(QStringLiteral("b%1").arg(layer));
        widgets.biases->setToolTip(tr("b%1: every scheme starts the biases at zero").arg(layer));
        grid->addWidget(widgets.weights, 1, 0, Qt::AlignLeft | Qt::AlignTop);
        grid->addWidget(widgets.biases, 1, 1, Qt::AlignLeft | Qt::AlignTop);
        grid->setColumnStretch(2, 1);
        matricesLayout_->addWidget(pair);

        widgets.symmetryNote = new QLabel;
        widgets.symmetryNote->setWordWrap(true);
        setTextTone(widgets.symmetryNote, TextTone::Warning);
        matricesLayout_->addWidget(widgets.symmetryNote);
        if (W.rows() > MatrixHeatmap::kMaxShown || W.cols() > MatrixHeatmap::kMaxShown) {
            auto* note = new QLabel(tr("Showing the first %1\u00d7%2 entries.")
                                        .arg(std::min(W.rows(), MatrixHeatmap::kMaxShown))
                                        .arg(std::min(W.cols(), MatrixHeatmap::kMaxShown)));
            note->setEnabled(false);
            matricesLayout_->addWidget(note);
        }
        layers_.push_back(widgets);
    }
}

void WeightsView::updateMatrices()
{
    if (layers_.empty())
        return;
    const Shown mode = shown();
    // Before the run trains, "current" is the initial weights and "change" is zero.
    const Parameters& current = current_ ? *current_ : initial_;
    if (!current_ && mode != Shown::Initial)
        status_->setText(tr("<i>Not trained yet: the current weights are the initial ones.</i>"));
    else if (mode == Shown::Initial)
        status_->setText(tr("As initialized, before the first update."));
    else if (mode == Shown::Current)
        status_->setText(tr("After %1 iterations.").arg(formatCount(iteration_)));
    else
        status_->setText(
            tr("Current \u2212 initial, after %1 iterations.").arg(formatCount(iteration_)));

    std::vector<Matrix> weights(layers_.size());
    std::vector<Matrix> biases(layers_.size());
    limit_ = 0.0;
    for (std::size_t l = 0; l < layers_.size(); ++l) {
        const Matrix changeW = current.W[l] - initial_.W[l];
        const Matrix changeB = current.b[l] - initial_.b[l];
        // One scale for all three views: the largest |value| any of them draws.
        for (const double largest :
             {largestMagnitude(initial_.W[l]), largestMagnitude(initial_.b[l]),
              largestMagnitude(current.W[l]), largestMagnitude(current.b[l]),
              largestMagnitude(changeW), largestMagnitude(changeB)})
            limit_ = std::max(limit_, largest);
        weights[l] = mode == Shown::Initial ? initial_.W[l]
            : mode == Shown::Current        ? current.W[l]
                                            : changeW;
        biases[l] = mode == Shown::Initial ? Matrix(initial_.b[l])
            : mode == Shown::Current       ? Matrix(current.b[l])
                                           : changeB;
    }
    for (std::size_t l = 0; l < layers_.size(); ++l) {
        const int layer = static_cast<int>(l) + 1;
        const Matrix& W = weights[l];
        LayerWidgets& widgets = layers_[l];
        //: W%1: weight matrix of layer %1, %2x%3 its shape, std: standard deviation
        widgets.caption->setText(
            tr("<b>W%1</b> %2\u00d7%3 \u00b7 std %4")
                .arg(layer)
                .arg(W.rows())
                .arg(W.cols())
                .arg(QLocale().toString(standardDeviation(W), 'g', kStdDigits)));
        widgets.weights->setMatrix(W, limit_);
        widgets.biases->setMatrix(biases[l], limit_);
        const bool identical = mode != Shown::Change && rowsIdentical(W);
        widgets.symmetryNote->setVisible(identical);
        if (identical)
            widgets.symmetryNote->setText(tr("All %n rows are identical: the %n units of "
                                             "layer %1 compute the same thing, and get "
                                             "the same updates.",
                                             nullptr, static_cast<int>(W.rows()))
                                              .arg(layer));
    }
    scale_->setText(limit_ > 0.0
                        // The ends' colours on swatches, the numbers in the text's own colour:
                        // purple or orange text would not read on a dark palette.
                        ? tr("Colour scale: <span style='color:#5e3c99'>&#9632;</span> "
                             "<b>&minus;%1</b> &hellip; 0 &hellip; "
                             "<span style='color:#e66101'>&#9632;</span> <b>+%1</b>")
                              .arg(QLocale().toString(limit_, 'g', kStdDigits))
                        : tr("Every weight is exactly 0."));
}

} // namespace initviz::ui
