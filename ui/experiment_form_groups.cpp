// SPDX-License-Identifier: GPL-3.0-or-later
// The form's groups of fields: the initialization picker, the training settings and the data set.
#include "ui/experiment_form.h"

#include "ui/core_text.h"
#include "ui/dataset_text.h"
#include "ui/form_fields.h"
#include "ui/plot_style.h"
#include "ui/scheme_text.h"

#include "core/dataset_kinds.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace initviz::ui {

QWidget* ExperimentForm::buildPicker()
{
    auto* group = new QGroupBox(tr("Initializations"));
    group->setToolTip(tr("Every selected scheme trains on the same data, side by side"));
    auto* layout = new QVBoxLayout(group);
    layout->setSpacing(3);
    int index = 0;
    for (const InitSchemeInfo& info : initSchemes()) {
        if (index == 3) {
            // The notebook's three come first; the others are for going further.
            auto* more = new QLabel(tr("Beyond the notebook"));
            more->setEnabled(false);
            layout->addSpacing(4);
            layout->addWidget(more);
        }
        auto* box = new QCheckBox(schemeTitle(info.scheme));
        box->setObjectName(QStringLiteral("init_%1").arg(toQString(info.name)));
        box->setIcon(colorSwatch(runColor(info.scheme)));
        box->setToolTip(QStringLiteral("<p><b>%1</b></p><p><code>%2</code></p><p>%3</p>")
                            .arg(modelTitle(info.scheme), toQString(info.formula).toHtmlEscaped(),
                                 schemeCommentAndUse(info.scheme).toHtmlEscaped()));
        layout->addWidget(box);
        schemeBoxes_[info.scheme] = box;
        ++index;
    }
    return group;
}

QWidget* ExperimentForm::buildTraining()
{
    //: Group box title: the training (optimisation) settings
    auto* group = new QGroupBox(tr("Training"));
    auto* form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    learningRate_ = realField(limits::kMinLearningRate, limits::kMaxLearningRate,
                              tr("Gradient-descent step: W = W - learning_rate * dW"));
    learningRate_->setObjectName(QStringLiteral("learningRate"));
    iterations_ = integerField(1, limits::kMaxIterations, tr("Full-batch gradient-descent steps"));
    iterations_->setObjectName(QStringLiteral("iterations"));
    iterations_->setSingleStep(1000);
    costEvery_ = integerField(1, limits::kMaxIterations,
                              tr("Record (and plot) the cost every this many "
                                 "iterations, like the notebook's print"));
    costEvery_->setObjectName(QStringLiteral("costEvery"));
    costEvery_->setSingleStep(100);
    layers_ = new QLineEdit;
    layers_->setObjectName(QStringLiteral("layers"));
    layers_->setToolTip(tr("Layer widths, input first: 2 inputs, hidden widths, 1 "
                           "output (the notebook's is 2,10,5,1)"));
    layers_->setPlaceholderText(QStringLiteral("2,10,5,1"));
    layersMessage_ = errorLabel(QStringLiteral("layersMessage"));
    seed_ = seedField(tr("np.random.seed of the weight initialization (the notebook "
                         "uses 3)"));
    seed_->setObjectName(QStringLiteral("seed"));
    seedCount_ = integerField(1, limits::kMaxRuns,
                              tr("Train every initialization with this many weight "
                                 "seeds (the weight seed, the next one, ...) to see "
                                 "whether its result holds for other random weights; "
                                 "1 is the notebook's experiment"));
    seedCount_->setObjectName(QStringLiteral("seedCount"));
    //: Checkbox: report the numerically stable cross-entropy loss
    stableLoss_ = new QCheckBox(tr("Stable loss"));
    stableLoss_->setObjectName(QStringLiteral("stableLoss"));
    stableLoss_->setToolTip(tr(
        "Report the numerically stable cross-entropy (from the logits) instead of the notebook's "
        "formula, which is infinite when a prediction is exactly wrong. Training is unchanged."));

    form->addRow(tr("Learning rate"), learningRate_);
    form->addRow(tr("Iterations"), iterations_);
    //: Form label: record the cost every N iterations
    form->addRow(tr("Cost every"), costEvery_);
    form->addRow(tr("Layers"), layers_);
    form->addRow(QString(), layersMessage_);
    form->addRow(tr("Weight seed"), seed_);
    form->addRow(tr("Seed count"), seedCount_);
    form->addRow(QString(), stableLoss_);
    return group;
}

QWidget* ExperimentForm::buildDataset()
{
    //: Group box title: the data set the runs train on
    auto* group = new QGroupBox(tr("Data"));
    auto* box = new QVBoxLayout(group);
    generatorFields_ = new QWidget;
    auto* grid = new QGridLayout(generatorFields_);
    grid->setContentsMargins(0, 0, 0, 0);
    kind_ = new QComboBox;
    kind_->setObjectName(QStringLiteral("datasetKind"));
    for (const DatasetKindInfo& info : datasetKinds())
        kind_->addItem(datasetTitle(info.kind), static_cast<int>(info.kind));
    kind_->setToolTip(tr("The generated data set: each kind is seeded like the notebook, so "
                         "numpy and sklearn give the same points"));
    trainSamples_
        = integerField(limits::kMinSamples, limits::kMaxSamples, tr("Points in the train set"));
    trainSamples_->setObjectName(QStringLiteral("trainSamples"));
    testSamples_
        = integerField(limits::kMinSamples, limits::kMaxSamples, tr("Points in the test set"));
    testSamples_->setObjectName(QStringLiteral("testSamples"));
    trainSeed_ = seedField(tr("np.random.seed before the train set (notebook: 1)"));
    trainSeed_->setObjectName(QStringLiteral("trainSeed"));
    testSeed_ = seedField(tr("np.random.seed before the test set (notebook: 2)"));
    testSeed_->setObjectName(QStringLiteral("testSeed"));
    noise_ = realField(0.0, limits::kMaxNoise,
                       tr("Standard deviation of the Gaussian noise added to each "
                          "point"));
    noise_->setObjectName(QStringLiteral("noise"));
    factor_ = realField(0.0, limits::kMaxFactor,
                        tr("Radius of the inner (blue) circle relative to the outer "
                           "one, in [0, 1)"));
    factor_->setObjectName(QStringLiteral("factor"));
    spread_ = realField(limits::kMinSpread, limits::kMaxSpread,
                        tr("Standard deviation of each blob around its centre (sklearn's "
                           "cluster_std)"));
    spread_->setObjectName(QStringLiteral("spread"));

    //: Row label: which kind of generated data set (circles, moons, ...)
    auto* kindLabel = new QLabel(tr("Kind"));
    kindLabel->setBuddy(kind_);
    grid->addWidget(kindLabel, 0, 0);
    grid->addWidget(kind_, 0, 1, 1, 2);
    //: Column header: the training data set (make_circles train split)
    auto* trainHeader = new QLabel(tr("Train"));
    //: Column header: the test data set (make_circles test split)
    auto* testHeader = new QLabel(tr("Test"));
    grid->addWidget(trainHeader, 1, 1, Qt::AlignHCenter);
    grid->addWidget(testHeader, 1, 2, Qt::AlignHCenter);
    //: Row label: number of data points in the set
    grid->addWidget(new QLabel(tr("Samples")), 2, 0);
    grid->addWidget(trainSamples_, 2, 1);
    grid->addWidget(testSamples_, 2, 2);
    //: Row label: random seed (np.random.seed) used to generate the set
    grid->addWidget(new QLabel(tr("Seed")), 3, 0);
    grid->addWidget(trainSeed_, 3, 1);
    grid->addWidget(testSeed_, 3, 2);
    const auto addParameter = [&](int row, const QString& label, QDoubleSpinBox* field) {
        auto* text = new QLabel(label);
        text->setBuddy(field);
        grid->addWidget(text, row, 0);
        grid->addWidget(field, row, 1);
        parameterLabels_[field] = text;
    };
    //: Row label: standard deviation of the noise added to the generated points
    addParameter(4, tr("Noise"), noise_);
    //: Row label: make_circles factor, inner circle radius relative to outer
    addParameter(5, tr("Factor"), factor_);
    //: Row label: make_blobs cluster_std, how far the points spread around each centre
    addParameter(6, tr("Spread"), spread_);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);

    ownDataRow_ = new QWidget;
    auto* own = new QVBoxLayout(ownDataRow_);
    own->setContentsMargins(0, 0, 0, 0);
    ownDataText_ = new QLabel;
    ownDataText_->setObjectName(QStringLiteral("ownDataText"));
    ownDataText_->setWordWrap(true);
    generatedButton_ = new QPushButton(tr("Use generated data"));
    generatedButton_->setObjectName(QStringLiteral("generatedDataButton"));
    generatedButton_->setToolTip(
        tr("Forget your own points and train on the generated data set again"));
    own->addWidget(ownDataText_);
    own->addWidget(generatedButton_);

    //: Button: remove every train and test point (then click a panel to add new ones)
    clearPoints_ = new QPushButton(tr("Clear points"));
    clearPoints_->setObjectName(QStringLiteral("clearPointsButton"));
    clearPoints_->setToolTip(tr("Remove every point, then click a panel to add red points and "
                                "Shift+click to add blue ones"));

    box->addWidget(generatorFields_);
    box->addWidget(ownDataRow_);
    box->addWidget(clearPoints_);

    connect(kind_, &QComboBox::currentIndexChanged, this, [this] {
        if (updating_)
            return;
        applyKindDefaults();
        updateDataFields();
        revalidate();
    });
    connect(generatedButton_, &QPushButton::clicked, this, [this] { setOwnData(nullptr); });
    connect(clearPoints_, &QPushButton::clicked, this, &ExperimentForm::clearPointsClicked);
    return group;
}

void ExperimentForm::applyKindDefaults()
{
    const DatasetKindInfo& info
        = datasetKindInfo(static_cast<DatasetKind>(kind_->currentData().toInt()));
    noise_->setValue(info.noise);
    factor_->setValue(info.factor);
    spread_->setValue(info.spread);
}

void ExperimentForm::updateDataFields()
{
    generatorFields_->setVisible(!ownData_);
    ownDataRow_->setVisible(ownData_ != nullptr);
    if (ownData_) {
        const auto train = static_cast<int>(ownData_->train.size());
        const auto test = static_cast<int>(ownData_->test.size());
        ownDataText_->setText(
            test > 0 ? tr("Your own data (%n points, and %1 test points)", nullptr, train).arg(test)
                     : tr("Your own data (%n points)", nullptr, train));
    }
    const DatasetKindInfo& info
        = datasetKindInfo(static_cast<DatasetKind>(kind_->currentData().toInt()));
    const std::pair<QDoubleSpinBox*, unsigned> parameters[]
        = {{noise_, kUsesNoise}, {factor_, kUsesFactor}, {spread_, kUsesSpread}};
    for (const auto& [field, bit] : parameters) {
        const bool used = (info.parameters & bit) != 0;
        field->setVisible(used);
        parameterLabels_.at(field)->setVisible(used);
    }
}

bool ExperimentForm::isInUse(const QAbstractSpinBox* field) const
{
    if (field == learningRate_ || field == iterations_ || field == costEvery_ || field == seed_
        || field == seedCount_)
        return true;
    if (ownData_)
        return false;
    const DatasetKindInfo& info
        = datasetKindInfo(static_cast<DatasetKind>(kind_->currentData().toInt()));
    if (field == noise_)
        return (info.parameters & kUsesNoise) != 0;
    if (field == factor_)
        return (info.parameters & kUsesFactor) != 0;
    if (field == spread_)
        return (info.parameters & kUsesSpread) != 0;
    return true;
}

} // namespace initviz::ui
