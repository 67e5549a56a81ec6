// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/matrix_heatmap.h"

#include "core/initializers.h"
#include "core/types.h"

#include <QWidget>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;

namespace initviz::ui {

class WeightsView;

/// The side panel that explains: the weights and biases of one selected run (W1..WL and b1..bL
/// as heat maps, initial, current or their change: see WeightsView), and "What you should
/// remember".
class UnderstandingPanel : public QWidget {
    Q_OBJECT
public:
    explicit UnderstandingPanel(QWidget* parent = nullptr);

    /// A run whose initial weights can be shown.
    struct Candidate {
        InitScheme scheme = InitScheme::He;
        std::uint32_t seed = 0;
    };

    /// The runs to choose from and the network they initialize; `namesSeeds`: the choices name
    /// their seeds (several seeds compared). Keeps the current run, or else its scheme, when it
    /// is still offered.
    void setCandidates(const std::vector<Candidate>& candidates, const std::vector<int>& layerDims,
                       bool namesSeeds);
    /// The first run of `scheme`.
    void setCurrentScheme(InitScheme scheme);
    void setCurrentRun(InitScheme scheme, std::uint32_t seed);
    [[nodiscard]] bool hasScheme() const;
    [[nodiscard]] InitScheme currentScheme() const;
    [[nodiscard]] std::uint32_t currentSeed() const;
    /// The heat maps on show, W1 first (for tests).
    [[nodiscard]] std::vector<const MatrixHeatmap*> weightMaps() const;
    /// The current run's weights after `iteration` updates, for the initial/current/change
    /// toggle (nullptr: not trained yet).
    void setCurrentWeights(std::shared_ptr<const Parameters> parameters, int iteration);
    [[nodiscard]] WeightsView* weightsView() const { return weights_; }

signals:
    void currentRunChanged(initviz::InitScheme scheme, std::uint32_t seed);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    /// The selected scheme's formula, seed and use, its second line in the palette's secondary
    /// text colour.
    void showFormula();

    QComboBox* schemes_;
    QLabel* formula_;
    WeightsView* weights_;
    [[nodiscard]] int indexOf(InitScheme scheme, std::optional<std::uint32_t> seed) const;

    std::vector<Candidate> candidates_; ///< the combo box's item data is an index into these
    std::vector<int> layerDims_;
};

} // namespace initviz::ui
