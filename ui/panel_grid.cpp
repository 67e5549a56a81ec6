// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panel_grid.h"

#include "ui/boundary_panel.h"

#include <QEvent>
#include <QGridLayout>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace initviz::ui {

namespace {
constexpr int kPanelSpacing = 6;
} // namespace

PanelGrid::PanelGrid(QWidget* parent)
    : QWidget(parent)
    , scroll_(new QScrollArea(this))
    , host_(new QWidget)
    , layout_(new QGridLayout(host_))
{
    host_->setObjectName(QStringLiteral("boundaryPanels"));
    layout_->setContentsMargins(0, 0, 0, 0);
    layout_->setSpacing(kPanelSpacing);
    scroll_->setObjectName(QStringLiteral("boundaryScroll"));
    scroll_->setWidget(host_);
    scroll_->setWidgetResizable(true);
    scroll_->setFrameShape(QFrame::NoFrame);
    // Nothing in it takes keys: Tab goes past it, from the panels' header to the cost plot's.
    scroll_->setFocusPolicy(Qt::NoFocus);
    scroll_->viewport()->installEventFilter(this);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll_);
    // However many panels there are, the window's minimum size does not grow: they scroll.
    setMinimumSize(1, 1);
}

int PanelGrid::rows() const
{
    const int count = static_cast<int>(panels_.size());
    return (count + columns_ - 1) / columns_;
}

void PanelGrid::setPanels(std::vector<BoundaryPanel*> panels, int columns)
{
    for (BoundaryPanel* panel : panels_)
        delete panel;
    panels_ = std::move(panels);
    columns_ = std::max(1, columns);
    const int count = static_cast<int>(panels_.size());
    for (int i = 0; i < count; ++i) {
        BoundaryPanel* panel = panels_[static_cast<std::size_t>(i)];
        panel->setParent(host_);
        layout_->addWidget(panel, i / columns_, i % columns_);
        panel->show();
        connect(panel, &BoundaryPanel::idealSizeChanged, this, [this] {
            emit idealHeightChanged();
            QTimer::singleShot(0, this, &PanelGrid::updateTitles);
        });
    }
    for (int column = 0; column < layout_->columnCount(); ++column)
        layout_->setColumnStretch(column, column < columns_ ? 1 : 0);
    for (int row = 0; row < layout_->rowCount(); ++row)
        layout_->setRowStretch(row, row < rows() ? 1 : 0);
    emit idealHeightChanged();
    QTimer::singleShot(0, this, &PanelGrid::updateTitles);
}

int PanelGrid::idealHeight() const
{
    if (panels_.empty())
        return 0;
    const int width = scroll_->viewport()->width();
    const int columnWidth = (width - kPanelSpacing * (columns_ - 1)) / columns_;
    const int rowCount = rows();
    return rowCount * panels_.front()->idealHeight(columnWidth) + kPanelSpacing * (rowCount - 1);
}

bool PanelGrid::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == scroll_->viewport() && event->type() == QEvent::Resize) {
        emit idealHeightChanged();
        // The plots' widths settle once the layouts have run.
        QTimer::singleShot(0, this, &PanelGrid::updateTitles);
    }
    return QWidget::eventFilter(watched, event);
}

void PanelGrid::updateTitles()
{
    const bool wrap = std::any_of(panels_.begin(), panels_.end(),
                                  [](const BoundaryPanel* panel) { return !panel->titleFits(); });
    for (BoundaryPanel* panel : panels_)
        panel->setTitleWrapped(wrap);
}

} // namespace initviz::ui
