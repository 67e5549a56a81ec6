// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/initializers.h"
#include "core/types.h"

#include <QWidget>

#include <cstdint>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QVBoxLayout;

namespace initviz::ui {

/// A small matrix drawn as coloured cells (purple negative, white zero, orange positive, on a
/// symmetric scale), with the values written in when the cells are large enough. Identical rows
/// look identical, which is how the zeros initialization's symmetry becomes visible.
class MatrixHeatmap : public QWidget {
    Q_OBJECT
public:
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

/// The side panel that explains: the initial weights and biases of one selected initialization
/// (W1..WL and b1..bL as heat maps, with their spread and a note where rows are identical), and
/// "What you should remember".
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

signals:
    void currentRunChanged(initviz::InitScheme scheme, std::uint32_t seed);

private:
    void rebuild();

    QComboBox* schemes_;
    QLabel* formula_;
    QLabel* scale_;
    QWidget* matrices_;
    QVBoxLayout* matricesLayout_;
    std::vector<const MatrixHeatmap*> weightMaps_;
    [[nodiscard]] int indexOf(InitScheme scheme, std::optional<std::uint32_t> seed) const;

    std::vector<Candidate> candidates_; ///< the combo box's item data is an index into these
    std::vector<int> layerDims_;
};

} // namespace initviz::ui
