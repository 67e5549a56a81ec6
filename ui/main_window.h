// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/comparison_figure.h"
#include "ui/experiment_settings.h"
#include "ui/launch_options.h"
#include "ui/plot_style.h"
#include "ui/presenter_mode.h"
#include "ui/results_table.h"
#include "ui/run_types.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointF>
#include <QSize>
#include <QTimer>

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QAction;
class QCPItemStraightLine;
class QCheckBox;
class QDockWidget;
class QLabel;
class QMenu;
class QScrollArea;
class QSplitter;
class QTableWidget;

namespace initviz::ui {

class BoundaryPanel;
class DepthView;
class ControlStrip;
class CostView;
class DataGenerator;
class ExperimentForm;
class LayersPanel;
class PanelGrid;
class RunController;
class TimelineBar;
class UnderstandingPanel;

/// The classroom window: pick initializations, press Start, and watch the cost curves and the
/// decision boundaries of every run side by side, with the notebook's conclusion table filled
/// live. Training happens on the RunController's threads; this class only paints the values they
/// send, coalescing redraws on a short timer. Its jobs live in main_window_*.cpp: runs (the
/// experiment on display), status (redraws and texts), layout, menus, settings and export.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const LaunchOptions& options = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    MainWindow(const MainWindow&) = delete;
    MainWindow& operator=(const MainWindow&) = delete;

    /// The results table's columns, the notebook's conclusion table plus test accuracy and cost.
    enum ResultColumn {
        ModelColumn = ResultsTable::ModelColumn,
        TrainAccuracyColumn = ResultsTable::TrainAccuracyColumn,
        TestAccuracyColumn = ResultsTable::TestAccuracyColumn,
        FinalCostColumn = ResultsTable::FinalCostColumn,
        CommentColumn = ResultsTable::CommentColumn,
        ResultColumnCount = ResultsTable::ColumnCount
    };

    /// What a run shows; its state as the user sees it.
    enum class RunState { Ready, Training, Stopping, Finished, Stopped, Failed };

    [[nodiscard]] RunController* runController() const { return controller_; }
    [[nodiscard]] ExperimentForm* form() const { return form_; }
    [[nodiscard]] QCustomPlot* costPlot() const { return costPlot_; }
    [[nodiscard]] TimelineBar* timeline() const { return timeline_; }
    /// The decision grid the run's panel shows: the live one, or the recorded iteration's while
    /// the timeline shows one (issue 12).
    [[nodiscard]] const DecisionGrid& shownBoundary(int run) const;
    [[nodiscard]] const CostView& costView() const { return *costView_; }
    [[nodiscard]] std::vector<BoundaryPanel*> boundaryPanels() const;
    [[nodiscard]] QTableWidget* resultsTable() const { return table_; }
    /// The form as a strip (presenter mode, or the Experiment dock closed).
    [[nodiscard]] ControlStrip* controlStrip() const { return strip_; }
    [[nodiscard]] QDockWidget* experimentDock() const { return formDock_; }
    [[nodiscard]] QDockWidget* understandingDock() const { return understandingDock_; }
    [[nodiscard]] UnderstandingPanel* understandingPanel() const { return understanding_; }
    /// Issue 11: inside the selected run's network (per-layer view, gradient flow).
    [[nodiscard]] QDockWidget* layersDock() const { return layersDock_; }
    [[nodiscard]] QDockWidget* depthDock() const { return depthDock_; }
    [[nodiscard]] DepthView* depthView() const { return depth_; }
    [[nodiscard]] LayersPanel* layersPanel() const { return layers_; }
    /// The run whose insides the Layers and Understanding panels show (-1: none); a click on
    /// its boundary panel or its table row selects it.
    [[nodiscard]] int selectedRun() const { return selectedRun_; }
    void setSelectedRun(int run);
    [[nodiscard]] int runCount() const { return static_cast<int>(runs_.size()); }
    [[nodiscard]] RunState runState(int run) const;
    [[nodiscard]] bool isRunning() const;
    /// Pause asked (the runs may still be arriving at the pause point); pausedAt() once they hold.
    [[nodiscard]] bool isPaused() const;
    /// The iteration every run holds at, -1 unless paused and arrived.
    [[nodiscard]] int pausedAt() const;
    [[nodiscard]] bool isPresenterMode() const { return presenter_ && presenter_->isActive(); }

    /// Grabs the whole window (after painting what is pending) into a PNG, atomically.
    bool saveScreenshot(const QString& path, QString* errorMessage);
    /// The current comparison (boundaries + cost plot) as PNG or PDF, by suffix.
    bool exportFigure(const QString& path, QString* errorMessage) const;
    /// Issue 12: the comparison as it evolved over the recorded iterations (each frame a recorded
    /// iteration, the last the figure exportFigure writes), an animated GIF of `size` and
    /// `frames` frames `delayCentiseconds` apart. `progress(done, total)` returns false to cancel:
    /// then nothing is written, `*cancelled` set. Renders on the GUI thread (QCustomPlot is a
    /// widget); `progress` is where the caller lets the window breathe.
    bool exportAnimation(const QString& path, QSize size, int frames, int delayCentiseconds,
                         QString* errorMessage, const std::function<bool(int, int)>& progress = {},
                         bool* cancelled = nullptr) const;
    /// "run,iteration,cost" for every cost received so far.
    bool exportCosts(const QString& path, QString* errorMessage) const;

    /// Issue 10: your own train points from a CSV file (core's readDataCsv; no test set). A bad
    /// file changes nothing: false, with "file: line N: reason" in `errorMessage`.
    bool openData(const QString& path, QString* errorMessage);
    /// openData, with a message box saying what is wrong with a bad file.
    void openDataFile(const QString& path);
    /// The train points on display as CSV (core's writeDataCsv), atomically.
    bool saveData(const QString& path, QString* errorMessage) const;
    /// The data every panel shows and Start trains on (nullptr before any valid settings).
    [[nodiscard]] std::shared_ptr<const DatasetPair> shownData() const { return data_; }
    /// Issue 15: a large data set is being generated in the background (the window shows, or
    /// Start starts, once it is ready).
    [[nodiscard]] bool isGeneratingData() const;

    /// Issue 12: experiment files (main_window_files.cpp). Opens `path` (ui/experiment_file.h)
    /// into the form, without asking about unsaved changes: a bad file changes nothing (false,
    /// with the reason in `errorMessage`); refused while runs train.
    bool openExperiment(const QString& path, QString* errorMessage);
    /// What File > Open recent, a dropped file and the command line do: asks about unsaved
    /// changes (maySetAside), then openExperiment, with a message box saying what is wrong.
    void openExperimentFile(const QString& path);
    /// Saves the form's experiment to `path` atomically; the window then shows that file.
    bool saveExperiment(const QString& path, QString* errorMessage);
    /// The experiment file on display (absolute), or empty.
    [[nodiscard]] QString experimentPath() const { return experimentPath_; }
    /// File > Open recent, newest first: at most 8 remembered paths.
    [[nodiscard]] QStringList recentExperiments() const;
    /// The answer to "save the unsaved changes first?".
    enum class UnsavedChanges { Save, Discard, Cancel };
    /// Replaces the question's dialog (tests); by default a scripted window, and one under test
    /// (QStandardPaths' test mode), never asks and discards.
    void setUnsavedChangesQuestion(std::function<UnsavedChanges()> question);

    /// Shows the window; the first time with nothing remembered, sized for its screen.
    void setVisible(bool visible) override;

public slots:
    void start();
    void stop();
    /// Space (issue 12): Start when nothing runs, else Pause, or Resume while paused.
    void startPauseResume();
    /// Issue 12: holds every run at the iteration the furthest has reached (Resume continues).
    void pause();
    void resume();
    /// While paused: every run one more iteration, or on to the next cost checkpoint.
    void step();
    void stepToNextCheckpoint();
    void setPresenterMode(bool on);
    /// Issue 13: the classes in Okabe & Ito's orange and blue, told apart by shape too (every
    /// panel, the legend and exports at once; remembered), or in the notebook's red and blue.
    void setColourBlindSafeClasses(bool on);
    void restoreNotebookSettings();
    /// Applies every pending redraw now instead of on the next timer tick.
    void flushRedraws();
    /// A click into a panel at `position` (data coordinates): adds a red point (label 0), with
    /// Shift a blue one (label 1), with Ctrl removes the nearest. The train set of every panel
    /// changes, turning into your own points; refused (said in the status bar) while running.
    void editPoints(QPointF position, Qt::KeyboardModifiers modifiers);
    /// No points at all (then click to add some); refused while running, like editPoints.
    void clearPoints();
    /// File > New experiment: the notebook's settings, without a file (asks about unsaved
    /// changes first).
    void newExperiment();

signals:
    /// Every run of the experiment has reported back.
    void experimentFinished(bool stopped);
    /// Scripted mode (--quit-when-done) is complete: quit with this exit code.
    void scriptFinished(int exitCode);

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    /// Names the tab bars Qt adds when docks share a place (main_window_layers.cpp).
    bool event(QEvent* event) override;

private:
    /// How long a status bar message (saved, opened, refused) stays: 5 s, time to read it aloud.
    static constexpr int kStatusMessageMs = 5000;

    struct Run {
        InitScheme scheme = InitScheme::He;
        std::uint32_t seed = 0; ///< the weight seed
        Activation activation = Activation::Relu; ///< the hidden layers'
        bool firstOfScheme = true; ///< the first of its scheme's seeds (it has the legend entry)
        RunState state = RunState::Ready;
        int iteration = 0;
        int totalIterations = 0;
        double trainAccuracy;
        double testAccuracy;
        bool diverged = false;
        std::optional<CostPoint> finalCost; ///< after the last iteration, once the run ended
        bool dirty = false;
        std::optional<DecisionGrid> pendingBoundary;
        DecisionGrid boundary;
        std::deque<std::pair<double, int>> rateSamples; // (seconds, iteration), last second
        double iterationsPerSecond = 0.0;
        double trainSeconds = 0.0;
        QString failure;
        /// Issue 11: the measured diagnosis of a finished run (code and evidence), else empty.
        QString diagnosisCode;
        QString diagnosisEvidence;
        /// Issue 11: the latest weights sent (small networks only), and their iteration.
        std::shared_ptr<const Parameters> parameters;
        int parametersIteration = 0;
        /// Issue 12: the weights recorded while it trained, and what the timeline shows of them.
        RunTimeline timeline;
        struct Replay {
            int iteration = 0;
            double trainAccuracy = 0.0;
            double testAccuracy = 0.0;
            std::shared_ptr<const Parameters> parameters;
            DecisionGrid boundary;
        };
        std::optional<Replay> replay; ///< set while the timeline shows a recorded iteration
        Run();
    };

    [[nodiscard]] Run* runAt(int index); ///< nullptr when out of range
    /// Boundary panels in a row.
    [[nodiscard]] int panelColumns() const;
    /// A column per seed when the shown experiment compares seeds and they fit in a row; with one
    /// seed and several activations, a column per activation.
    [[nodiscard]] std::optional<int> seedColumns() const;
    /// What the results table shows of the run at `index`.
    [[nodiscard]] RunResult resultOf(int index) const;
    /// The run's seed when the shown experiment compares seeds (for titles), else nothing.
    [[nodiscard]] std::optional<std::uint32_t> seedShown(const Run& run) const;

    void buildMenus();
    void buildCentralArea();
    void buildDocks();
    void applyLaunchOptions(const LaunchOptions& options);
    void loadRememberedSettings();
    /// Geometry only on close: saved as they change, settings must not move other windows.
    void saveRememberedSettings(bool withGeometry = true);
    [[nodiscard]] RememberedSettings currentSettings() const;

    /// Shows `settings` as an experiment: panels, cost curves and table rows, all Ready.
    bool showExperiment(const ExperimentSettings& settings);
    void rebuildPanels();
    void updateTable();
    void refreshPreview();
    void onFormChanged();
    void onDataGenerated();

    void onStarted();
    void onProgress(int run, const RunProgress& progress);
    void onRunFinished(int run, const TrainingResult& result);
    void onRunFailed(int run, const QString& message);
    void onAllFinished(bool stopped);
    void finishScript();

    void scheduleRedraw();
    void redraw();
    void updateRunViews(int index);
    void updateStatus();
    void updateActions();
    void buildPauseActions(QMenu* run);
    void buildTimelineActions(QMenu* run);
    /// Issue 12: every panel, the cost cursor, the table and the Understanding panel at the
    /// recorded `iteration` (-1: back to live).
    void showRecordedIteration(int iteration);
    /// The timeline's iterations and whether it may scrub now (paused, or the runs ended).
    void updateTimeline();
    /// Clears the recordings for a new experiment of `runCount` runs.
    void resetTimeline();
    void updatePauseActions();
    /// Highlights the panel of the run whose weights the Understanding panel shows; the selected
    /// run stays if it is one of `scheme` and `seed`, else it becomes the first that is.
    void selectRun(InitScheme scheme, std::uint32_t seed);
    /// The Layers dock, a tab beside the Understanding panel (main_window_layers.cpp).
    void buildLayersDock();
    void buildDepthDock(); // main_window_depth.cpp
    void updateDepthExperiment();
    /// The selected run's statistics and weights to the Layers and Understanding panels.
    void showSelectedRunInsides();
    void applyFonts(bool presenting);
    /// The panels get up to the height that makes their plots square (their ideal height), the
    /// cost plot and the table the rest, at least their minimum.
    void updateSectionHeights();
    /// Gives the table the width of its columns (within limits) beside the cost plot, until the
    /// user moves the handle between them.
    void balanceBottom();
    /// The strip is the form while the Experiment dock is closed.
    void updateStripVisibility();
    /// The docks are never narrower than their contents (which grow with the font).
    void updateDockWidths();

    /// Shows `points` as your own points in the form and, at once, in every panel.
    void applyOwnData(std::shared_ptr<const DatasetPair> points);
    /// While runs train the points stay as they are: says so in the status bar, returns true.
    bool refuseEditWhileRunning();
    void openDataInteractively();
    void saveDataInteractively();
    void exportFigureInteractively();
    void exportAnimationInteractively();
    /// The figure exportFigure draws now: its runs and options.
    void currentFigure(std::vector<FigureRun>* runs, FigureOptions* options) const;
    void exportCostsInteractively();
    // Experiment files (main_window_files.cpp).
    void addExperimentFileActions(QMenu* file);
    void setRecentExperiments(const QStringList& paths);
    void rememberRecent(const QString& path);
    void fillRecentMenu();
    void openRecentExperiment(const QString& path);
    void openExperimentInteractively();
    /// Save (to the file on display, else as Save As) or Save As; false if not saved.
    bool saveExperimentInteractively(bool chooseName);
    [[nodiscard]] UnsavedChanges askAboutUnsavedChanges();
    /// Whether what the form holds may be replaced (or the window closed): true when nothing
    /// unsaved would be lost, or the user saved or discarded it.
    bool maySetAside(bool closing);
    /// The window now shows the experiment of `path` (empty: none) as saved: title, mark.
    void markSaved(const QString& path);
    void updateModified();
    void showShortcuts();
    void showAbout();

    [[nodiscard]] QString progressText(const Run& run) const;
    [[nodiscard]] QString shortProgressText(const Run& run) const;
    [[nodiscard]] QString noteText(const Run& run) const;

    RunController* controller_;
    DataGenerator* dataGenerator_; ///< the generated data sets, large ones in the background
    ExperimentForm* form_ = nullptr;
    UnderstandingPanel* understanding_ = nullptr;
    QDockWidget* formDock_ = nullptr;
    QScrollArea* formScroll_ = nullptr;
    QScrollArea* understandingScroll_ = nullptr;
    QDockWidget* understandingDock_ = nullptr;
    LayersPanel* layers_ = nullptr;
    QScrollArea* layersScroll_ = nullptr;
    QDockWidget* layersDock_ = nullptr;
    DepthView* depth_ = nullptr;
    QDockWidget* depthDock_ = nullptr;
    int selectedRun_ = -1;
    ControlStrip* strip_ = nullptr;
    QWidget* boundariesSection_ = nullptr;
    QWidget* boundariesHeader_ = nullptr;
    PanelGrid* panelGrid_ = nullptr;
    QSplitter* bottom_ = nullptr;
    QWidget* costSection_ = nullptr;
    QWidget* resultsSection_ = nullptr;
    QCheckBox* showTestPoints_ = nullptr;
    QCheckBox* logScale_ = nullptr;
    QCustomPlot* costPlot_ = nullptr;
    std::unique_ptr<CostView> costView_;
    ResultsTable* table_ = nullptr;
    QLabel* statusText_ = nullptr;
    QLabel* rateText_ = nullptr;

    QAction* startStopAction_ = nullptr;
    QAction* stopAction_ = nullptr;
    QAction* stepAction_ = nullptr;
    QAction* checkpointAction_ = nullptr;
    QAction* timelineStartAction_ = nullptr;
    QAction* timelineLiveAction_ = nullptr;
    TimelineBar* timeline_ = nullptr;
    QCPItemStraightLine* timelineCursor_ = nullptr;
    GridSpec liveGrid_; ///< the boundary grid the runs evaluate (before liveBoundaryGrid)
    bool timelineDirty_ = false;
    QAction* saveDataAction_ = nullptr;
    QAction* clearPointsAction_ = nullptr;
    QAction* exportFigureAction_ = nullptr;
    QAction* exportAnimationAction_ = nullptr;
    QAction* exportCostsAction_ = nullptr;
    QAction* presenterAction_ = nullptr;
    QAction* colourBlindAction_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QString experimentPath_;
    ExperimentSettings savedExperiment_; ///< as last opened or saved: what "modified" means
    std::function<UnsavedChanges()> unsavedQuestion_;
    QLabel* classLegend_ = nullptr; ///< above the panels: which colour is which label
    void updateClassLegend();
    QAction* testPointsAction_ = nullptr;
    QAction* logScaleAction_ = nullptr;

    std::vector<Run> runs_;
    ExperimentSettings shown_; ///< the experiment on display (run or previewed)
    std::shared_ptr<const DatasetPair> data_;
    bool startWhenGenerated_ = false; ///< Start was pressed while the data was being generated
    bool started_ = false; ///< the experiment on display has been started (not a preview)
    QElapsedTimer clock_;
    double experimentSeconds_ = 0.0;

    QTimer redrawTimer_;
    QTimer previewTimer_;
    bool costPlotDirty_ = false;
    bool tableDirty_ = false;
    bool bottomMovedByUser_ = false;
    std::unique_ptr<PresenterMode> presenter_;
    bool geometryRemembered_ = false; ///< loaded from the settings: no first-start fitting
    bool fittedToScreen_ = false;
    QFont baseFont_;
    PlotFonts plotFonts_;

    // Scripted mode.
    QString screenshotPath_;
    bool quitWhenDone_ = false;
    bool scripted_ = false;
    // Issue 15: the settings remembered at start, and those the command line set for this start
    // only (if it set any): see settingsToRemember.
    RememberedSettings rememberedAtStart_;
    std::optional<RememberedSettings> launched_;
};

} // namespace initviz::ui
