// SPDX-License-Identifier: GPL-3.0-or-later
// The form's activation picker (issue 10): every selected initialization trains with each
// selected hidden activation.
#include "ui/experiment_form.h"

#include "ui/core_text.h"
#include "ui/plot_style.h"
#include "ui/scheme_text.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QVBoxLayout>

namespace initviz::ui {

QWidget* ExperimentForm::buildActivationPicker()
{
    //: Group box title: the hidden layers' activation functions to compare
    auto* group = new QGroupBox(tr("Activations"));
    group->setObjectName(QStringLiteral("activationPicker"));
    group->setToolTip(tr("Every selected initialization trains with each selected hidden-layer "
                         "activation; the output layer stays the notebook's sigmoid"));
    auto* layout = new QVBoxLayout(group);
    layout->setSpacing(3);
    for (const ActivationInfo& info : activations()) {
        auto* box = new QCheckBox(activationTitleText(info.activation));
        box->setObjectName(QStringLiteral("activation_%1").arg(toQString(info.name)));
        //: Tooltip of an activation: %1 its title, %2 its formula, %3 its help, %4 the
        //: initialization meant for it
        box->setToolTip(tr("<p><b>%1</b></p><p><code>%2</code></p><p>%3</p><p>Its "
                           "initialization: %4</p>")
                            .arg(activationTitleText(info.activation),
                                 toQString(info.formula).toHtmlEscaped(),
                                 activationHelpText(info.activation).toHtmlEscaped(),
                                 schemeTitle(info.meantFor)));
        layout->addWidget(box);
        activationBoxes_[info.activation] = box;
        connect(box, &QCheckBox::toggled, this, &ExperimentForm::revalidate);
    }
    return group;
}

std::vector<Activation> ExperimentForm::checkedActivations() const
{
    std::vector<Activation> checked;
    for (const ActivationInfo& info : activations()) {
        if (activationBoxes_.at(info.activation)->isChecked())
            checked.push_back(info.activation);
    }
    return checked;
}

void ExperimentForm::checkActivations(const std::vector<Activation>& checked)
{
    for (auto& [activation, box] : activationBoxes_)
        box->setChecked(std::find(checked.begin(), checked.end(), activation) != checked.end());
}

} // namespace initviz::ui
