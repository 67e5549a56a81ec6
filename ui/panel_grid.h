// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <vector>

class QGridLayout;
class QScrollArea;

namespace initviz::ui {

class BoundaryPanel;

/// The decision-boundary panels in rows and columns, inside a scroll area that scrolls only when
/// the window is too small for the panels' minimum size. idealHeight() is the height at which the
/// panels' plots are square and as wide as their columns allow: the window gives the panels up to
/// that much and the cost plot and table the rest, so the data takes the largest share.
class PanelGrid : public QWidget {
    Q_OBJECT
public:
    explicit PanelGrid(QWidget* parent = nullptr);

    /// Takes `panels` (the old ones are deleted), `columns` to a row.
    void setPanels(std::vector<BoundaryPanel*> panels, int columns);
    [[nodiscard]] const std::vector<BoundaryPanel*>& panels() const { return panels_; }
    [[nodiscard]] int columns() const { return columns_; }
    [[nodiscard]] int rows() const;

    /// The height that makes every plot square at the scroll area's current width.
    [[nodiscard]] int idealHeight() const;

signals:
    /// idealHeight() changed: the width changed, or the panels or their fonts did.
    void idealHeightChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// Titles wrap all together, so the plots of a row stay aligned.
    void updateTitles();

    QScrollArea* scroll_;
    QWidget* host_;
    QGridLayout* layout_;
    std::vector<BoundaryPanel*> panels_;
    int columns_ = 1;
};

} // namespace initviz::ui
