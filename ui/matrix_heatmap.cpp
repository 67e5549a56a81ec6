// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/matrix_heatmap.h"

#include "ui/plot_style.h"

#include <QLocale>
#include <QPaintEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

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

} // namespace initviz::ui
