// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/matrix_heatmap.h"

#include "core/initializers.h"
#include "core/types.h"

#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QVBoxLayout;

namespace initviz::ui {

/// One run's weights and biases as heat maps, W1..WL beside b1..bL (issue 11's "weights now"):
/// the initial ones, the current ones, or the change between them, chosen with a toggle. The
/// three share one colour scale (the largest |value| of any of them), so switching compares
/// like with like: a change drawn pale is small next to the weights themselves.
class WeightsView : public QWidget {
    Q_OBJECT
public:
    enum class Shown { Initial, Current, Change };

    explicit WeightsView(QWidget* parent = nullptr);

    /// A run's initial parameters; forgets the current ones.
    void setInitial(const Parameters& initial);
    /// The run's parameters after `iteration` updates (nullptr: not trained yet).
    void setCurrent(std::shared_ptr<const Parameters> current, int iteration);
    /// No weights to show, and why.
    void showMessage(const QString& message);
    void setShown(Shown shown);
    [[nodiscard]] Shown shown() const;

    /// The matrices drawn, W1 first and b1 first (for tests).
    [[nodiscard]] std::vector<const MatrixHeatmap*> weightMaps() const;
    [[nodiscard]] std::vector<const MatrixHeatmap*> biasMaps() const;
    /// The colour scale's limit: |value| drawn at full colour.
    [[nodiscard]] double colourLimit() const { return limit_; }

private:
    struct LayerWidgets {
        QLabel* caption = nullptr;
        MatrixHeatmap* weights = nullptr;
        MatrixHeatmap* biases = nullptr;
        QLabel* symmetryNote = nullptr;
    };

    void rebuildLayers();
    void updateMatrices();

    QComboBox* shownBox_;
    QLabel* status_;
    QWidget* matrices_;
    QVBoxLayout* matricesLayout_;
    QLabel* scale_;
    std::vector<LayerWidgets> layers_;
    Parameters initial_;
    std::shared_ptr<const Parameters> current_;
    int iteration_ = 0;
    double limit_ = 0.0;
};

} // namespace initviz::ui
