// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/control_strip.h"

#include "ui/experiment_form.h"

#include <QCheckBox>
#include <QPushButton>

#include <utility>

namespace initviz::ui {

ControlStrip::ControlStrip(ExperimentForm* form, QAction* showSettings, QAction* showUnderstanding,
                           QWidget* parent)
    : QToolBar(tr("Controls"), parent)
    , form_(form)
    , start_(new QPushButton)
    , pause_(new QPushButton)
    , stop_(new QPushButton)
    , step_(new QPushButton)
    , checkpoint_(new QPushButton)
{
    setObjectName(QStringLiteral("controlStrip"));
    setMovable(false);
    setFloatable(false);
    setToolButtonStyle(Qt::ToolButtonTextOnly);

    start_->setObjectName(QStringLiteral("stripStartButton"));
    stop_->setObjectName(QStringLiteral("stripStopButton"));
    pause_->setObjectName(QStringLiteral("stripPauseButton"));
    step_->setObjectName(QStringLiteral("stripStepButton"));
    checkpoint_->setObjectName(QStringLiteral("stripCheckpointButton"));
    QFont bold = start_->font();
    bold.setBold(true);
    start_->setFont(bold);
    // Issue 12: the step buttons are the media player's "next" symbols, named in their tooltips
    // and accessible names, so the strip stays narrow.
    step_->setText(QStringLiteral("\u25b8"));
    checkpoint_->setText(QStringLiteral("\u25b8\u25b8"));
    for (QPushButton* button : {step_, checkpoint_}) {
        const int textWidth = button->fontMetrics().horizontalAdvance(button->text());
        button->setFixedWidth(textWidth + 2 * button->fontMetrics().averageCharWidth() + 16);
    }
    for (QPushButton* button : {start_, pause_, stop_, step_, checkpoint_})
        addWidget(button);
    connect(start_, &QPushButton::clicked, form_->startButton(), &QPushButton::click);
    connect(pause_, &QPushButton::clicked, form_->pauseButton(), &QPushButton::click);
    connect(stop_, &QPushButton::clicked, form_->stopButton(), &QPushButton::click);
    connect(step_, &QPushButton::clicked, form_->stepButton(), &QPushButton::click);
    connect(checkpoint_, &QPushButton::clicked, form_->checkpointButton(), &QPushButton::click);
    addAction(showSettings);
    addSeparator();

    // The form's picker, box for box: toggling either toggles both (setChecked of an unchanged
    // state emits nothing, so the two never echo).
    const QList<QCheckBox*> boxes = form_->findChildren<QCheckBox*>();
    for (QCheckBox* original : boxes) {
        if (!original->objectName().startsWith(QLatin1String("init_")))
            continue;
        auto* box = new QCheckBox(original->text());
        box->setObjectName(QStringLiteral("strip_") + original->objectName());
        box->setIcon(original->icon());
        box->setToolTip(original->toolTip());
        box->setChecked(original->isChecked());
        connect(box, &QCheckBox::toggled, original, &QCheckBox::setChecked);
        connect(original, &QCheckBox::toggled, box, &QCheckBox::setChecked);
        addWidget(box);
    }
    addSeparator();
    addAction(showUnderstanding);
    sync();
}

void ControlStrip::sync()
{
    for (auto [mine, theirs] :
         {std::pair{start_, form_->startButton()}, std::pair{pause_, form_->pauseButton()},
          std::pair{stop_, form_->stopButton()}}) {
        mine->setText(theirs->text());
        mine->setToolTip(theirs->toolTip());
        mine->setEnabled(theirs->isEnabled());
    }
    for (auto [mine, theirs] : {std::pair{step_, form_->stepButton()},
                                std::pair{checkpoint_, form_->checkpointButton()}}) {
        mine->setToolTip(theirs->toolTip());
        mine->setAccessibleName(theirs->text());
        mine->setEnabled(theirs->isEnabled());
    }
}

} // namespace initviz::ui
