// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/understanding_panel.h"

#include "ui/core_text.h"
#include "ui/plot_style.h"
#include "ui/scheme_text.h"
#include "ui/text_tones.h"
#include "ui/weights_view.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <utility>

namespace initviz::ui {

namespace {
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

UnderstandingPanel::UnderstandingPanel(QWidget* parent)
    : QWidget(parent)
    , schemes_(new QComboBox)
    , formula_(new QLabel)
    , weights_(new WeightsView)
{
    schemes_->setObjectName(QStringLiteral("understandingScheme"));
    schemes_->setToolTip(tr("Whose weights to show (or click a boundary panel)"));
    formula_->setWordWrap(true);
    formula_->setTextFormat(Qt::RichText);
    weights_->setObjectName(QStringLiteral("weightsView"));

    //: Group title: a run's weight matrices (initial, current or their change)
    auto* weights = new QGroupBox(tr("Weights"));
    auto* weightsLayout = new QVBoxLayout(weights);
    weightsLayout->addWidget(schemes_);
    weightsLayout->addWidget(formula_);
    weightsLayout->addWidget(weights_);

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
    return weights_->weightMaps();
}

void UnderstandingPanel::setCurrentWeights(std::shared_ptr<const Parameters> parameters,
                                           int iteration)
{
    weights_->setCurrent(std::move(parameters), iteration);
}

void UnderstandingPanel::rebuild()
{
    showFormula();
    if (!hasScheme()) {
        weights_->showMessage(QString());
        return;
    }
    const InitScheme scheme = currentScheme();
    const std::uint32_t seed = currentSeed();
    try {
        weights_->setInitial(initializeParameters(layerDims_, scheme, seed));
    } catch (const std::invalid_argument& error) {
        weights_->showMessage(errorText(error));
    }
}

void UnderstandingPanel::showFormula()
{
    if (!hasScheme()) {
        formula_->setText(tr("<i>Select an initialization to see its weights.</i>"));
        return;
    }
    const InitScheme scheme = currentScheme();
    const InitSchemeInfo& info = schemeInfo(scheme);
    //: %4 the colour of the second line (kept as it is)
    formula_->setText(tr("<code>%1</code><br><span style='color:%4'>seed %2 \u00b7 %3</span>")
                          // "= 0" never starts a line.
                          .arg(toQString(info.formula)
                                   .toHtmlEscaped()
                                   .replace(QStringLiteral(" = "), QStringLiteral("&nbsp;=&nbsp;")))
                          .arg(currentSeed())
                          .arg(schemeCommentAndUse(scheme).toHtmlEscaped(),
                               toneColor(TextTone::Secondary, formula_->palette()).name()));
}

void UnderstandingPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) // the system switched to dark or high contrast
        showFormula();
}

} // namespace initviz::ui
