// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

#include <QWidget>

namespace initviz::ui {

/// A small matrix drawn as coloured cells (purple negative, white zero, orange positive, on a
/// symmetric scale), with the values written in when the cells are large enough. Identical rows
/// look identical, which is how the zeros initialization's symmetry becomes visible.
class MatrixHeatmap : public QWidget {
    Q_OBJECT
public:
    /// Layers wider than this show their top-left corner (the panel is for looking, not
    /// auditing).
    static constexpr Eigen::Index kMaxShown = 40;

    explicit MatrixHeatmap(QWidget* parent = nullptr);

    /// `limit` is the |value| drawn at full colour (0: everything is white).
    void setMatrix(const Matrix& matrix, double limit);
    [[nodiscard]] const Matrix& matrix() const { return matrix_; }

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    [[nodiscard]] QFont valueFont() const;
    [[nodiscard]] int naturalCellWidth() const;
    [[nodiscard]] bool writesValues() const;
    [[nodiscard]] int cellWidth() const;
    [[nodiscard]] int cellHeight() const;

    Matrix matrix_;
    double limit_ = 0.0;
};

} // namespace initviz::ui
