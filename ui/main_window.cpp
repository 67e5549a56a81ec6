// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main_window.h"

#include "ui/accessibility.h"
#include "ui/boundary_panel.h"
#include "ui/comparison_figure.h"
#include "ui/control_strip.h"
#include "ui/cost_view.h"
#include "ui/experiment_form.h"
#include "ui/language.h"
#include "ui/launcher.h"
#include "ui/panel_grid.h"
#include "ui/run_controller.h"
#include "ui/save_file.h"
#include "ui/scheme_text.h"
#include "ui/start_stop_key.h"
#include "ui/understanding_panel.h"
#include "ui/window_fit.h"

#include "core/text.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextStream>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

// Q_INIT_RESOURCE cannot be called inside a namespace.
static void initResources()
{
    Q_INIT_RESOURCE(initviz);
}

namespace initviz::ui {

namespace {
// Redraws are coalesced: at most one repaint of everything per tick (~40 per second).
constexpr int kRedrawIntervalMs = 25;
// Settings typed into the form are previewed (data set, panels) once typing pauses.
constexpr int kPreviewDelayMs = 150;
// Seeds compared: up to this many, the panels have a row per initialization and a column per
// seed.
constexpr int kMaxSeedColumns = 8;
// The live panels' boundary resolution: ~2 display pixels per cell at the default size.
constexpr int kBoundaryGridSize = 151;
// iterations/s is measured over the last second of progress.
constexpr double kRateWindowSeconds = 1.0;
constexpr double kMinimumRateSpan = 0.05;
constexpr double kPresenterScale = 1.4;
constexpr int kFormWidth = 270;
constexpr int kUnderstandingWidth = 330;
// The Understanding panel scrolls sideways below this width, so the window's minimum width stays
// under 1000 with both docks open.
constexpr int kUnderstandingMinimumWidth = 260;
// Data first: the panels take the height up to their ideal before the cost plot and the table
// get more than their minimum.
constexpr int kBoundariesStretch = 100;
constexpr int kBottomStretch = 1;
constexpr int kMinimumCostHeight = 180;
constexpr int kMinimumBottomWidth = 160;
// The cost plot's and the table's shares of the width under the panels.
constexpr int kCostStretch = 3;
constexpr int kResultsStretch = 2;
constexpr int kSplitterUnit = 1000;
// Until the user moves the handle, the table gets the width of its columns, within these shares.
constexpr double kMinResultsShare = 0.35;
constexpr double kMaxResultsShare = 0.5;
// The table asks for its rows' height up to this much; more rows scroll.
constexpr int kMaxTableHeight = 260;

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kExportDirKey = QStringLiteral("window/exportDirectory");

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// "6.1 s", "0.24 s", "0.003 s": two significant digits under a second.
QString formatSeconds(double seconds)
{
    //: Duration in seconds; %1 is a number
    return seconds >= 1.0 ? QCoreApplication::translate("initviz::ui::MainWindow", "%1 s")
                                .arg(QLocale().toString(seconds, 'f', 1))
                          : QCoreApplication::translate("initviz::ui::MainWindow", "%1 s")
                                .arg(QLocale().toString(seconds, 'g', 2));
}

QLabel* sectionTitle(const QString& text)
{
    auto* label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

MainWindow::Run::Run()
    : trainAccuracy(kNaN)
    , testAccuracy(kNaN)
{
}

MainWindow::MainWindow(const LaunchOptions& options, QWidget* parent)
    : QMainWindow(parent)
    , controller_(new RunController(this))
    , baseFont_(font())
{
    initResources();
    setObjectName(QStringLiteral("mainWindow"));
    // The platform appends the application's display name ("... \u2014 InitViz").
    setWindowTitle(tr("Weight initialization, live"));
    setWindowIcon(QIcon(QStringLiteral(":/initviz/initviz.png")));
    resize(defaultWindowSize());

    buildCentralArea();
    buildDocks();
    buildMenus();
    presenter_ = std::make_unique<PresenterMode>(
        this, formDock_, [this](bool presenting) { applyFonts(presenting); });
    strip_ = new ControlStrip(form_, formDock_->toggleViewAction(),
                              understandingDock_->toggleViewAction(), this);
    addToolBar(Qt::TopToolBarArea, strip_);
    connect(formDock_->toggleViewAction(), &QAction::toggled, this,
            &MainWindow::updateStripVisibility);

    statusText_ = new QLabel;
    statusText_->setObjectName(QStringLiteral("statusText"));
    // A long message is cut at the window's edge rather than widening the window.
    statusText_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusText_->setMinimumWidth(1);
    rateText_ = new QLabel;
    rateText_->setObjectName(QStringLiteral("rateText"));
    statusBar()->addWidget(statusText_, 1);
    statusBar()->addPermanentWidget(rateText_);

    redrawTimer_.setSingleShot(true);
    redrawTimer_.setInterval(kRedrawIntervalMs);
    connect(&redrawTimer_, &QTimer::timeout, this, &MainWindow::redraw);
    previewTimer_.setSingleShot(true);
    previewTimer_.setInterval(kPreviewDelayMs);
    connect(&previewTimer_, &QTimer::timeout, this, &MainWindow::refreshPreview);

    connect(controller_, &RunController::started, this, &MainWindow::onStarted);
    connect(controller_, &RunController::progressed, this, &MainWindow::onProgress);
    connect(controller_, &RunController::runFinished, this, &MainWindow::onRunFinished);
    connect(controller_, &RunController::runFailed, this, &MainWindow::onRunFailed);
    connect(controller_, &RunController::allFinished, this, &MainWindow::onAllFinished);

    connect(form_, &ExperimentForm::startClicked, this, &MainWindow::start);
    connect(form_, &ExperimentForm::stopClicked, this, &MainWindow::stop);
    connect(form_, &ExperimentForm::restoreNotebookClicked, this,
            &MainWindow::restoreNotebookSettings);
    connect(form_, &ExperimentForm::speedChanged, this, [this](Speed speed) {
        controller_->setIterationsPerSecond(iterationsPerSecond(speed));
    });
    connect(form_, &ExperimentForm::settingsChanged, this, &MainWindow::onFormChanged);
    connect(understanding_, &UnderstandingPanel::currentRunChanged, this, &MainWindow::selectRun);

    applyLaunchOptions(options);
    // Issue 15: settings are saved as they change, so a SIGTERM or a crash loses none.
    if (!scripted_) {
        const auto save = [this] { saveRememberedSettings(false); };
        connect(form_, &ExperimentForm::settingsChanged, this, save);
        connect(form_, &ExperimentForm::speedChanged, this, save);
        connect(showTestPoints_, &QCheckBox::toggled, this, save);
        connect(logScale_, &QCheckBox::toggled, this, save);
    }
    updateStripVisibility();
    controller_->setIterationsPerSecond(iterationsPerSecond(form_->speed()));
    refreshPreview();
    updateActions();
    updateStatus();
    describeControls(this);
    if (options.start)
        QTimer::singleShot(0, this, &MainWindow::start);
    else if (quitWhenDone_) // issue 15: nothing to wait for, so grab the window and quit
        QTimer::singleShot(0, this, &MainWindow::finishScript);
}

MainWindow::~MainWindow()
{
    // Join the training threads before anything they report to is torn down.
    delete controller_;
    controller_ = nullptr;
    // ~QWidget closes the window, which hides the docks and toggles their view actions: by then
    // this is no longer a MainWindow, so nothing may call back into it (UBSan: bad downcast).
    for (QDockWidget* dock : {formDock_, understandingDock_}) {
        disconnect(dock, nullptr, this, nullptr);
        disconnect(dock->toggleViewAction(), nullptr, this, nullptr);
    }
}

// ---------------------------------------------------------------------------------------------
// Construction

void MainWindow::buildCentralArea()
{
    // Decision boundaries: one panel per run, side by side, taking the largest share.
    boundariesSection_ = new QWidget;
    boundariesSection_->setObjectName(QStringLiteral("boundariesSection"));
    auto* boundariesLayout = new QVBoxLayout(boundariesSection_);
    boundariesLayout->setContentsMargins(0, 0, 0, 0);
    boundariesHeader_ = new QWidget;
    auto* boundariesHeader = new QHBoxLayout(boundariesHeader_);
    boundariesHeader->setContentsMargins(0, 0, 0, 0);
    QLabel* boundariesTitle = sectionTitle(tr("Decision boundaries"));
    boundariesHeader->addWidget(boundariesTitle);
    const BoundaryColors& classColors = boundaryColors();
    auto* legend = new QLabel(tr("<span style='color:%1'>&#9632;</span> label 0 (red) &nbsp; "
                                 "<span style='color:%2'>&#9632;</span> label 1 (blue) &nbsp; "
                                 "background: the predicted label")
                                  .arg(classColors.region[0].name(), classColors.region[1].name()));
    legend->setToolTip(tr("Filled dots: train points (red: dark with a white ring; blue: light "
                          "with a dark ring). Hollow circles: test points. The background is the "
                          "network's prediction: red where it predicts 0, blue where it predicts "
                          "1."));
    // The legend gives way to the panels in a narrow window.
    legend->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    legend->setMinimumWidth(0);
    boundariesHeader->addWidget(legend, 1);
    showTestPoints_ = new QCheckBox(tr("Show test points"));
    showTestPoints_->setObjectName(QStringLiteral("showTestPoints"));
    showTestPoints_->setToolTip(tr("Draw the test set as hollow circles (T)"));
    boundariesHeader->addWidget(showTestPoints_);
    boundariesLayout->addWidget(boundariesHeader_);
    panelGrid_ = new PanelGrid;
    boundariesTitle->setBuddy(panelGrid_); // the accessible name of its scroll area
    boundariesLayout->addWidget(panelGrid_, 1);
    connect(panelGrid_, &PanelGrid::idealHeightChanged, this, &MainWindow::updateSectionHeights);

    // Cost curves.
    costSection_ = new QWidget;
    costSection_->setMinimumWidth(kMinimumBottomWidth);
    auto* costLayout = new QVBoxLayout(costSection_);
    costLayout->setContentsMargins(0, 0, 0, 0);
    auto* costHeader = new QHBoxLayout;
    //: Section title: the plot of the training cost (loss) per iteration
    costHeader->addWidget(sectionTitle(tr("Cost")));
    costHeader->addStretch(1);
    logScale_ = new QCheckBox(tr("Log scale"));
    logScale_->setObjectName(QStringLiteral("logScale"));
    logScale_->setToolTip(tr("Logarithmic cost axis (L)"));
    costHeader->addWidget(logScale_);
    costLayout->addLayout(costHeader);
    costPlot_ = new QCustomPlot;
    costPlot_->setObjectName(QStringLiteral("costPlot"));
    costPlot_->setAutoAddPlottableToLegend(false);
    costPlot_->setMinimumHeight(kMinimumCostHeight);
    costPlot_->setToolTip(tr("The cost at every checkpoint, as the notebook prints it. "
                             "\u221e marker: %1.")
                              .arg(CostView::infinityExplanation()));
    costView_ = std::make_unique<CostView>(costPlot_, costPlot_->axisRect(), costPlot_->legend);
    costLayout->addWidget(costPlot_, 1);

    // The notebook's conclusion table.
    resultsSection_ = new QWidget;
    resultsSection_->setMinimumWidth(kMinimumBottomWidth);
    auto* resultsLayout = new QVBoxLayout(resultsSection_);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    QLabel* resultsTitle = sectionTitle(tr("Results"));
    resultsLayout->addWidget(resultsTitle);
    table_ = new ResultsTable;
    resultsTitle->setBuddy(table_); // its accessible name
    resultsLayout->addWidget(table_, 1);
    connect(table_, &ResultsTable::idealHeightChanged, this, &MainWindow::updateSectionHeights);
    connect(table_, &QTableWidget::currentCellChanged, this, [this](int row) {
        const int index = table_->firstRunOfRow(row);
        if (index >= 0 && index < runCount()) {
            const Run& run = runs_[static_cast<std::size_t>(index)];
            understanding_->setCurrentRun(run.scheme, run.seed);
        }
    });

    // The cost plot and the table side by side under the panels: the panels keep the height.
    bottom_ = new QSplitter(Qt::Horizontal);
    bottom_->setObjectName(QStringLiteral("bottomSplitter"));
    bottom_->setChildrenCollapsible(false);
    bottom_->addWidget(costSection_);
    bottom_->addWidget(resultsSection_);
    bottom_->setStretchFactor(0, kCostStretch);
    bottom_->setStretchFactor(1, kResultsStretch);
    bottom_->setSizes({kCostStretch * kSplitterUnit, kResultsStretch * kSplitterUnit});
    bottom_->installEventFilter(this);
    connect(bottom_, &QSplitter::splitterMoved, this, [this] { bottomMovedByUser_ = true; });

    auto* central = new QWidget;
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(6, 6, 6, 4);
    centralLayout->addWidget(boundariesSection_, kBoundariesStretch);
    centralLayout->addWidget(bottom_, kBottomStretch);
    setCentralWidget(central);

    connect(showTestPoints_, &QCheckBox::toggled, this, [this](bool visible) {
        for (BoundaryPanel* panel : boundaryPanels()) {
            panel->view().setTestPointsVisible(visible);
            panel->plot()->replot(QCustomPlot::rpQueuedReplot);
        }
    });
    connect(logScale_, &QCheckBox::toggled, this, [this](bool logarithmic) {
        costView_->setLogScale(logarithmic);
        costPlot_->replot(QCustomPlot::rpQueuedReplot);
    });
}

void MainWindow::buildDocks()
{
    form_ = new ExperimentForm;
    form_->setObjectName(QStringLiteral("experimentForm"));
    auto* formScroll = new QScrollArea;
    formScroll_ = formScroll;
    formScroll->setWidget(form_);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    //: Dock title: the experiment settings form
    formDock_ = new QDockWidget(tr("Experiment"), this);
    formDock_->setObjectName(QStringLiteral("experimentDock"));
    // Closed, the form is the strip along the top (ControlStrip).
    formDock_->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    formDock_->setWidget(formScroll);
    formDock_->toggleViewAction()->setText(tr("&Experiment settings"));
    formDock_->toggleViewAction()->setIconText(tr("Settings"));
    formDock_->toggleViewAction()->setObjectName(QStringLiteral("experimentDockAction"));
    formDock_->toggleViewAction()->setStatusTip(
        tr("The experiment's settings beside the panels; closed, Start and the initializations "
           "are a strip along the top"));
    addDockWidget(Qt::LeftDockWidgetArea, formDock_);

    understanding_ = new UnderstandingPanel;
    understanding_->setObjectName(QStringLiteral("understandingPanel"));
    auto* understandingScroll = new QScrollArea;
    understandingScroll_ = understandingScroll;
    understandingScroll->setWidget(understanding_);
    understandingScroll->setWidgetResizable(true);
    understandingScroll->setFrameShape(QFrame::NoFrame);
    //: Dock title: panel explaining what the initializations do
    understandingDock_ = new QDockWidget(tr("Understanding"), this);
    understandingDock_->setObjectName(QStringLiteral("understandingDock"));
    understandingDock_->setFeatures(QDockWidget::DockWidgetMovable
                                    | QDockWidget::DockWidgetClosable);
    understandingDock_->setWidget(understandingScroll);
    // Its heat maps scroll sideways rather than widen the window past its minimum.
    understandingScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    addDockWidget(Qt::RightDockWidgetArea, understandingDock_);
    resizeDocks({formDock_, understandingDock_}, {kFormWidth, kUnderstandingWidth}, Qt::Horizontal);
    // Closed until the user opens it (View menu or the strip): the panels keep the width.
    understandingDock_->hide();
    understandingDock_->toggleViewAction()->setObjectName(QStringLiteral("understandingAction"));
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    exportFigureAction_
        = file->addAction(tr("&Export figure\u2026"), this, &MainWindow::exportFigureInteractively);
    exportFigureAction_->setObjectName(QStringLiteral("exportFigureAction"));
    exportFigureAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportFigureAction_->setStatusTip(
        tr("Save the boundaries and the cost plot as a PNG or PDF figure"));
    exportCostsAction_ = file->addAction(tr("Export &costs (CSV)\u2026"), this,
                                         &MainWindow::exportCostsInteractively);
    exportCostsAction_->setObjectName(QStringLiteral("exportCostsAction"));
    exportCostsAction_->setStatusTip(tr("Save every recorded cost as run,iteration,cost"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    //: Menu title: training runs
    QMenu* run = menuBar()->addMenu(tr("&Run"));
    //: Menu action: start training
    startStopAction_ = run->addAction(tr("&Start"), this, &MainWindow::toggleStartStop);
    startStopAction_->setObjectName(QStringLiteral("startStopAction"));
    startStopAction_->setShortcut(QKeySequence(Qt::Key_Space));
    startStopAction_->setShortcutContext(Qt::WindowShortcut);
    // Space anywhere but in a text field, without also toggling a focused checkbox.
    new StartStopKey(this, [this] {
        if (startStopAction_->isEnabled())
            startStopAction_->trigger();
    });
    QAction* restore = run->addAction(tr("&Restore notebook settings"), this,
                                      &MainWindow::restoreNotebookSettings);
    restore->setObjectName(QStringLiteral("restoreAction"));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    testPointsAction_ = view->addAction(tr("Show &test points"));
    testPointsAction_->setCheckable(true);
    testPointsAction_->setShortcut(QKeySequence(Qt::Key_T));
    connect(testPointsAction_, &QAction::toggled, showTestPoints_, &QCheckBox::setChecked);
    connect(showTestPoints_, &QCheckBox::toggled, testPointsAction_, &QAction::setChecked);
    logScaleAction_ = view->addAction(tr("&Log-scale cost"));
    logScaleAction_->setCheckable(true);
    logScaleAction_->setShortcut(QKeySequence(Qt::Key_L));
    connect(logScaleAction_, &QAction::toggled, logScale_, &QCheckBox::setChecked);
    connect(logScale_, &QCheckBox::toggled, logScaleAction_, &QAction::setChecked);
    view->addSeparator();
    presenterAction_ = view->addAction(tr("&Presenter mode"));
    presenterAction_->setObjectName(QStringLiteral("presenterAction"));
    presenterAction_->setCheckable(true);
    presenterAction_->setShortcut(QKeySequence(Qt::Key_F11));
    presenterAction_->setStatusTip(tr("Full screen with larger text (F11)"));
    connect(presenterAction_, &QAction::toggled, this, &MainWindow::setPresenterMode);
    view->addAction(formDock_->toggleViewAction());
    view->addAction(understandingDock_->toggleViewAction());
    understandingDock_->toggleViewAction()->setText(tr("&Understanding panel"));
    understandingDock_->toggleViewAction()->setIconText(tr("Understanding"));
    view->addSeparator();
    view->addMenu(createLanguageMenu(this));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    help->addAction(tr("&About InitViz"), this, &MainWindow::showAbout);

    // Escape leaves presenter mode, as it leaves full screen everywhere else.
    auto* leavePresenter = new QAction(this);
    leavePresenter->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(leavePresenter, &QAction::triggered, this, [this] {
        if (isPresenterMode())
            presenterAction_->setChecked(false);
        else if (isFullScreen())
            showNormal();
    });
    addAction(leavePresenter);
}

void MainWindow::applyLaunchOptions(const LaunchOptions& options)
{
    loadRememberedSettings();
    rememberedAtStart_ = currentSettings();
    if (options.overrideSettings) {
        ExperimentSettings settings;
        settings.schemes = options.inits;
        settings.training = options.training;
        settings.seedCount = options.seedCount;
        settings.data = options.data;
        form_->setSettings(settings);
    }
    if (options.maxSpeed)
        form_->setSpeed(Speed::Maximum);
    screenshotPath_ = options.screenshotPath;
    quitWhenDone_ = options.quitWhenDone;
    scripted_ = options.quitWhenDone;
    if (options.overrideSettings || options.maxSpeed)
        launched_ = currentSettings();
}

void MainWindow::loadRememberedSettings()
{
    QSettings store;
    // restoreGeometry/restoreState reject malformed data themselves; the values are only used
    // when they are byte arrays.
    const QVariant geometry = store.value(kGeometryKey);
    if (geometry.typeId() == QMetaType::QByteArray)
        geometryRemembered_ = restoreGeometry(geometry.toByteArray());
    // Full screen belongs to presenter mode, which never carries over to the next start (an
    // older version remembered it).
    if (windowState() & Qt::WindowFullScreen)
        setWindowState(windowState() & ~Qt::WindowFullScreen);
    const QVariant state = store.value(kStateKey);
    if (state.typeId() == QMetaType::QByteArray)
        restoreState(state.toByteArray());
    const RememberedSettings remembered = loadSettings(store);
    form_->setSettings(remembered.experiment);
    form_->setSpeed(remembered.speed);
    showTestPoints_->setChecked(remembered.showTestPoints);
    logScale_->setChecked(remembered.logScale);
}

RememberedSettings MainWindow::currentSettings() const
{
    RememberedSettings current;
    current.experiment = form_->isValid() ? form_->settings() : shown_;
    current.speed = form_->speed();
    current.showTestPoints = showTestPoints_->isChecked();
    current.logScale = logScale_->isChecked();
    return current;
}

void MainWindow::saveRememberedSettings(bool withGeometry)
{
    QSettings store;
    if (withGeometry) {
        // In presenter mode: what leaving it would return to.
        store.setValue(kGeometryKey, presenter_->geometryToRemember());
        store.setValue(kStateKey, presenter_->stateToRemember());
    }
    saveSettings(store, settingsToRemember(currentSettings(), rememberedAtStart_, launched_));
}

// ---------------------------------------------------------------------------------------------
// The experiment on display

bool MainWindow::showExperiment(const ExperimentSettings& settings)
{
    std::shared_ptr<const DatasetPair> dataset;
    try {
        settings.validate();
        dataset = std::make_shared<const DatasetPair>(makeDatasets(settings.data));
    } catch (const std::exception& error) {
        statusText_->setText(QString::fromStdString(error.what()));
        return false;
    }
    shown_ = settings;
    data_ = std::move(dataset);
    runs_.clear();
    for (const TrainingConfig& config : settings.runConfigs()) {
        Run run;
        run.scheme = config.init;
        run.seed = config.seed;
        run.firstOfScheme = config.seed == settings.training.seed;
        run.totalIterations = settings.training.iterations;
        runs_.push_back(run);
    }
    rebuildPanels();
    costView_->reset(settings.training.iterations);
    // The seeds of an initialization follow one another: shades of its colour, one legend entry.
    int seedIndex = 0;
    for (const Run& run : runs_) {
        seedIndex = run.firstOfScheme ? 0 : seedIndex + 1;
        costView_->addRun(schemeTitle(run.scheme), runColor(run.scheme), seedIndex,
                          settings.seedCount);
    }
    costPlot_->replot(QCustomPlot::rpQueuedReplot);
    updateTable();
    const InitScheme selected
        = understanding_->hasScheme() ? understanding_->currentScheme() : InitScheme::He;
    std::vector<UnderstandingPanel::Candidate> candidates;
    for (const Run& run : runs_)
        candidates.push_back({run.scheme, run.seed});
    understanding_->setCandidates(candidates, settings.training.layerDims, settings.seedCount > 1);
    if (!understanding_->hasScheme() || understanding_->currentScheme() != selected)
        understanding_->setCurrentScheme(selected);
    if (understanding_->hasScheme())
        selectRun(understanding_->currentScheme(), understanding_->currentSeed());
    updateDockWidths();
    return true;
}

int MainWindow::panelColumns() const
{
    // Seeds compared: a row per initialization, a column per seed, while that is not too wide.
    if (shown_.seedCount > 1 && shown_.seedCount <= kMaxSeedColumns)
        return shown_.seedCount;
    return boundaryPanelColumns(static_cast<int>(runs_.size()));
}

std::optional<std::uint32_t> MainWindow::seedShown(const Run& run) const
{
    return shown_.seedCount > 1 ? std::optional<std::uint32_t>(run.seed) : std::nullopt;
}

std::vector<BoundaryPanel*> MainWindow::boundaryPanels() const
{
    return panelGrid_->panels();
}

void MainWindow::rebuildPanels()
{
    const int count = static_cast<int>(runs_.size());
    std::vector<BoundaryPanel*> panels;
    for (int i = 0; i < count; ++i) {
        const Run& run = runs_[static_cast<std::size_t>(i)];
        const InitScheme scheme = run.scheme;
        auto* panel = new BoundaryPanel(scheme, seedShown(run), *data_);
        panel->view().setTestPointsVisible(showTestPoints_->isChecked());
        panel->setFonts(plotFonts_);
        connect(panel, &BoundaryPanel::activated, this,
                [this, scheme, seed = run.seed] { understanding_->setCurrentRun(scheme, seed); });
        panels.push_back(panel);
    }
    panelGrid_->setPanels(std::move(panels), panelColumns());
    for (int i = 0; i < count; ++i)
        updateRunViews(i);
    updateSectionHeights();
}

void MainWindow::updateSectionHeights()
{
    // The panels: up to the height of square plots (the layout gives them the height first, see
    // kBoundariesStretch); when the window is smaller they scroll.
    const int ideal = panelGrid_->idealHeight();
    const int header
        = boundariesHeader_->sizeHint().height() + boundariesSection_->layout()->spacing();
    boundariesSection_->setMaximumHeight(ideal > 0 ? header + ideal : QWIDGETSIZE_MAX);
    // The table's rows (up to a limit) and the cost plot's minimum.
    const int title = resultsSection_->layout()->itemAt(0)->sizeHint().height()
        + resultsSection_->layout()->spacing();
    const int tableHeight = std::min(table_->idealHeight(), kMaxTableHeight);
    balanceBottom();
    bottom_->setMinimumHeight(
        std::max(title + tableHeight, costSection_->minimumSizeHint().height()));
}

void MainWindow::setVisible(bool visible)
{
    if (visible && !fittedToScreen_ && !geometryRemembered_) {
        // The first start: a size that fits the screen the window opens on.
        const QScreen* target = screen() ? screen() : QGuiApplication::primaryScreen();
        if (target) {
            const FirstStartLayout layout = firstStartLayout(target->availableGeometry());
            setGeometry(layout.maximized ? target->availableGeometry() : layout.geometry);
            if (layout.maximized)
                setWindowState(windowState() | Qt::WindowMaximized);
            formDock_->setVisible(layout.formBesidePanels);
            updateStripVisibility();
        }
    }
    fittedToScreen_ = fittedToScreen_ || visible;
    QMainWindow::setVisible(visible);
}

void MainWindow::balanceBottom()
{
    const int total = bottom_->width() - bottom_->handleWidth();
    if (bottomMovedByUser_ || total <= 0)
        return;
    const int table = std::clamp(table_->idealWidth(), static_cast<int>(total * kMinResultsShare),
                                 static_cast<int>(total * kMaxResultsShare));
    if (bottom_->sizes().value(1) != table)
        bottom_->setSizes({total - table, table});
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == bottom_ && event->type() == QEvent::Resize)
        balanceBottom();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::updateStripVisibility()
{
    strip_->setVisible(formDock_->isHidden());
}

RunResult MainWindow::resultOf(int index) const
{
    const Run& run = runs_[static_cast<std::size_t>(index)];
    RunResult result;
    result.scheme = run.scheme;
    result.seed = run.seed;
    result.live = run.state == RunState::Training || run.state == RunState::Stopping;
    result.trainAccuracy = run.trainAccuracy;
    result.testAccuracy = run.testAccuracy;
    // Once a run ends: the cost after its last iteration (the trainer computes it whether or not
    // a checkpoint falls there, issue 9); while it trains, its latest checkpoint.
    const std::vector<CostPoint>& costs = costView_->costs(index);
    if (run.finalCost)
        result.finalCost = run.finalCost;
    else if (!costs.empty())
        result.finalCost = costs.back();
    result.diverged = run.diverged;
    result.note = noteText(run);
    if (run.state == RunState::Failed)
        result.failure = run.failure;
    return result;
}

void MainWindow::updateTable()
{
    tableDirty_ = false;
    std::vector<RunResult> results;
    for (int i = 0; i < runCount(); ++i)
        results.push_back(resultOf(i));
    const int layerCount = weightLayerCount(shown_.training.layerDims);
    table_->setResults(results, layerCount, shown_.seedCount);
    balanceBottom();
}

void MainWindow::onFormChanged()
{
    // Other data makes the points shown, and any boundary over them, stale: after a run, the
    // window previews the new data as before the first Start (issue 9).
    if (started_ && !isRunning() && form_->isValid()) {
        ExperimentSettings withFormData = shown_;
        withFormData.data = form_->settings().data;
        if (!(withFormData == shown_))
            started_ = false;
    }
    updateActions();
    // At once, so the status bar never says "Ready" while Start is disabled.
    updateStatus();
    if (!started_)
        previewTimer_.start();
}

void MainWindow::refreshPreview()
{
    // Before the first Start the window previews what Start will run: its panels over the data
    // set, and the initial weights.
    if (started_ || !form_->isValid())
        return;
    showExperiment(form_->settings());
    updateStatus();
}

// ---------------------------------------------------------------------------------------------
// Running

void MainWindow::start()
{
    if (!form_->isValid()) {
        statusText_->setText(form_->validationError());
        return;
    }
    const ExperimentSettings settings = form_->settings();
    if (!showExperiment(settings))
        return;
    started_ = true;
    for (Run& run : runs_)
        run.state = RunState::Training;
    clock_.start();
    experimentSeconds_ = 0.0;
    controller_->setIterationsPerSecond(iterationsPerSecond(form_->speed()));
    // The boundary over the view the panels show: the notebook's, or wider to fit noisy data.
    controller_->start(settings.runConfigs(), data_,
                       boundaryViewGrid(boundaryViewLimit(*data_), kBoundaryGridSize));
}

void MainWindow::stop()
{
    if (!controller_->isRunning())
        return;
    controller_->stop();
    for (std::size_t i = 0; i < runs_.size(); ++i) {
        if (runs_[i].state == RunState::Training) {
            runs_[i].state = RunState::Stopping;
            runs_[i].dirty = true;
        }
    }
    scheduleRedraw();
}

void MainWindow::toggleStartStop()
{
    if (isRunning())
        stop();
    else
        start();
}

bool MainWindow::isRunning() const
{
    return controller_->isRunning();
}

MainWindow::Run* MainWindow::runAt(int index)
{
    return index >= 0 && index < runCount() ? &runs_[static_cast<std::size_t>(index)] : nullptr;
}

MainWindow::RunState MainWindow::runState(int run) const
{
    return run >= 0 && run < runCount() ? runs_[static_cast<std::size_t>(run)].state
                                        : RunState::Ready;
}

void MainWindow::onStarted()
{
    form_->setRunning(true);
    for (int i = 0; i < runCount(); ++i)
        runs_[static_cast<std::size_t>(i)].dirty = true;
    updateActions();
    scheduleRedraw();
}

void MainWindow::onProgress(int index, const RunProgress& progress)
{
    Run* found = runAt(index);
    if (!found)
        return;
    Run& run = *found;
    run.iteration = progress.iteration;
    run.totalIterations = progress.totalIterations;
    run.trainAccuracy = progress.trainAccuracy;
    run.testAccuracy = progress.testAccuracy;
    if (!progress.costs.empty()) {
        costView_->addCosts(index, progress.costs);
        run.diverged = costView_->isDiverged(index);
        costPlotDirty_ = true;
    }
    if (!progress.boundary.probability.empty())
        run.pendingBoundary = progress.boundary;

    run.rateSamples.emplace_back(progress.elapsedSeconds, progress.iteration);
    while (run.rateSamples.size() > 2
           && run.rateSamples.front().first < progress.elapsedSeconds - kRateWindowSeconds)
        run.rateSamples.pop_front();
    const double span = run.rateSamples.back().first - run.rateSamples.front().first;
    if (span >= kMinimumRateSpan)
        run.iterationsPerSecond
            = (run.rateSamples.back().second - run.rateSamples.front().second) / span;
    run.dirty = true;
    scheduleRedraw();
}

void MainWindow::onRunFinished(int index, const TrainingResult& result)
{
    Run* found = runAt(index);
    if (!found)
        return;
    Run& run = *found;
    run.state = result.cancelled ? RunState::Stopped : RunState::Finished;
    run.iteration = result.iterationsDone;
    // A stopped large run comes back without predictions: it keeps its last accuracies.
    if (!result.cancelled || !std::isnan(result.trainAccuracy)) {
        run.trainAccuracy = result.trainAccuracy;
        run.testAccuracy = data_ && data_->test.size() > 0 ? result.testAccuracy : kNaN;
    }
    run.diverged = result.diverged;
    if (result.diverged) {
        costView_->setDiverged(index);
        costPlotDirty_ = true;
    }
    run.finalCost = result.finalCost;
    run.trainSeconds = result.trainSeconds;
    run.iterationsPerSecond = 0.0;
    run.dirty = true;
    scheduleRedraw();
}

void MainWindow::onRunFailed(int index, const QString& message)
{
    Run* found = runAt(index);
    if (!found)
        return;
    Run& run = *found;
    run.state = RunState::Failed;
    run.failure = message;
    run.iterationsPerSecond = 0.0;
    run.dirty = true;
    scheduleRedraw();
}

void MainWindow::onAllFinished(bool stopped)
{
    experimentSeconds_ = static_cast<double>(clock_.elapsed()) / 1000.0;
    form_->setRunning(false);
    updateActions();
    flushRedraws();
    emit experimentFinished(stopped);
    if (!screenshotPath_.isEmpty() || quitWhenDone_)
        QTimer::singleShot(0, this, &MainWindow::finishScript);
}

void MainWindow::finishScript()
{
    // Issue 15: a scripted run whose every run failed (out of memory, say) is not a success.
    QStringList failures;
    for (const Run& run : runs_) {
        if (run.state == RunState::Failed)
            failures << run.failure;
    }
    int exitCode = scriptExitCode(runCount(), failures);
    if (!screenshotPath_.isEmpty()) {
        QString error;
        if (!saveScreenshot(screenshotPath_, &error)) {
            qCritical("initviz: %s", qPrintable(error));
            exitCode = 2;
        }
        screenshotPath_.clear(); // once, for the scripted run
    }
    if (quitWhenDone_)
        emit scriptFinished(exitCode);
}

// ---------------------------------------------------------------------------------------------
// Painting

void MainWindow::scheduleRedraw()
{
    if (!redrawTimer_.isActive())
        redrawTimer_.start();
}

void MainWindow::flushRedraws()
{
    redrawTimer_.stop();
    redraw();
    for (BoundaryPanel* panel : boundaryPanels())
        panel->plot()->replot(QCustomPlot::rpImmediateRefresh);
    costPlot_->replot(QCustomPlot::rpImmediateRefresh);
}

void MainWindow::redraw()
{
    const std::vector<BoundaryPanel*>& panels = panelGrid_->panels();
    for (int i = 0; i < runCount(); ++i) {
        Run& run = runs_[static_cast<std::size_t>(i)];
        if (!run.dirty)
            continue;
        run.dirty = false;
        updateRunViews(i);
        if (i < static_cast<int>(panels.size()))
            panels[static_cast<std::size_t>(i)]->plot()->replot(QCustomPlot::rpQueuedReplot);
    }
    if (tableDirty_)
        updateTable();
    if (costPlotDirty_) {
        costPlotDirty_ = false;
        costPlot_->replot(QCustomPlot::rpQueuedReplot);
    }
    updateStatus();
}

QString MainWindow::noteText(const Run& run) const
{
    switch (run.state) {
    case RunState::Stopping:
    case RunState::Stopped:
        return tr("stopped at iteration %1").arg(formatCount(run.iteration));
    case RunState::Failed:
        //: Results table note: the run stopped with an error
        return tr("failed");
    default:
        break;
    }
    return run.diverged ? tr("diverged") : QString();
}

QString MainWindow::progressText(const Run& run) const
{
    switch (run.state) {
    case RunState::Ready:
        //: Run state: queued, not yet training
        return started_ ? tr("Waiting") : tr("Ready \u2014 press Start");
    case RunState::Training:
        return tr("Iteration %1 of %2")
            .arg(formatCount(run.iteration), formatCount(run.totalIterations));
    case RunState::Stopping:
        return tr("Stopping\u2026");
    case RunState::Stopped:
        return tr("Stopped at iteration %1 of %2")
            .arg(formatCount(run.iteration), formatCount(run.totalIterations));
    case RunState::Finished:
        return tr("%1 %2 iterations in %3")
            .arg(run.diverged ? tr("Diverged \u2014") : tr("Done \u2014"),
                 formatCount(run.iteration), formatSeconds(run.trainSeconds));
    case RunState::Failed:
        return tr("Failed: %1").arg(run.failure);
    }
    return {};
}

QString MainWindow::shortProgressText(const Run& run) const
{
    switch (run.state) {
    case RunState::Training:
        return QStringLiteral("%1 / %2").arg(formatCount(run.iteration),
                                             formatCount(run.totalIterations));
    case RunState::Stopped:
        return tr("Stopped at %1").arg(formatCount(run.iteration));
    case RunState::Finished:
        //: Run state: the cost became NaN (first) or training finished
        return run.diverged ? tr("Diverged") : tr("Done");
    case RunState::Failed:
        //: Run state: the run stopped with an error
        return tr("Failed");
    case RunState::Ready:
    case RunState::Stopping:
        break;
    }
    return progressText(run);
}

void MainWindow::updateRunViews(int index)
{
    if (index < 0 || index >= runCount())
        return;
    Run& run = runs_[static_cast<std::size_t>(index)];
    const std::vector<BoundaryPanel*>& panels = panelGrid_->panels();
    if (index < static_cast<int>(panels.size())) {
        BoundaryPanel* panel = panels[static_cast<std::size_t>(index)];
        if (run.pendingBoundary) {
            run.boundary = std::move(*run.pendingBoundary);
            run.pendingBoundary.reset();
            panel->view().setBoundary(run.boundary);
        }
        panel->setAccuracy(run.trainAccuracy, run.testAccuracy, noteText(run));
        const bool complete = run.state == RunState::Finished;
        panel->setProgress(complete ? run.totalIterations : run.iteration, run.totalIterations,
                           progressText(run), shortProgressText(run));
    }
    // The table shows every run's row at once, on the next redraw.
    tableDirty_ = true;
}

void MainWindow::updateStatus()
{
    int training = 0;
    int slowest = std::numeric_limits<int>::max();
    int total = 0;
    double rate = 0.0;
    for (const Run& run : runs_) {
        if (run.state == RunState::Training) {
            ++training;
            slowest = std::min(slowest, run.iteration);
            total = std::max(total, run.totalIterations);
            rate += run.iterationsPerSecond;
        }
    }
    const int count = runCount();
    const QString runsText
        // Two source texts, not one "%n run(s)": with no translator loaded (English), the
        // window keeps saying "1 run" / "3 runs"; a translation gives "%n runs" its own forms.
        = count == 1 ? tr("1 run") : tr("%n runs", nullptr, count);
    QString text;
    if (training > 0) {
        text = tr("Training %1 \u00b7 iteration %2 of %3")
                   .arg(runsText, formatCount(slowest), formatCount(total));
        rateText_->setText(tr("%1 iterations/s").arg(formatCount(std::llround(rate))));
    } else if (controller_->isRunning()) {
        text = tr("Stopping %1\u2026").arg(runsText);
        rateText_->clear();
    } else if (started_) {
        const bool anyStopped = std::any_of(runs_.begin(), runs_.end(), [](const Run& run) {
            return run.state == RunState::Stopped;
        });
        text = anyStopped
            ? tr("Stopped %1 after %2").arg(runsText, formatSeconds(experimentSeconds_))
            : tr("Finished %1 in %2").arg(runsText, formatSeconds(experimentSeconds_));
        rateText_->clear();
        if (form_->isValid() && !(form_->settings() == shown_))
            text += tr(" \u00b7 settings changed: press Start to run them");
    } else {
        text = tr("Ready \u00b7 %1 \u00b7 press Start (Space)").arg(runsText);
        rateText_->clear();
    }
    if (!form_->isValid())
        text = tr("Cannot start: %1").arg(form_->validationError());
    statusText_->setText(text);
}

void MainWindow::updateActions()
{
    const bool running = controller_->isRunning();
    //: Menu action text: stop training (first) or start training
    startStopAction_->setText(running ? tr("&Stop") : tr("&Start"));
    startStopAction_->setEnabled(running || form_->isValid());
    const bool anyCosts = std::any_of(runs_.begin(), runs_.end(), [this](const Run& run) {
        const auto index = static_cast<int>(&run - runs_.data());
        return !costView_->costs(index).empty();
    });
    exportFigureAction_->setEnabled(started_);
    exportCostsAction_->setEnabled(started_ && anyCosts);
}

void MainWindow::selectRun(InitScheme scheme, std::uint32_t seed)
{
    const std::vector<BoundaryPanel*>& panels = panelGrid_->panels();
    for (std::size_t i = 0; i < panels.size() && i < runs_.size(); ++i)
        panels[i]->setSelected(runs_[i].scheme == scheme && runs_[i].seed == seed);
}

// ---------------------------------------------------------------------------------------------
// Settings, presenter mode, closing

void MainWindow::restoreNotebookSettings()
{
    form_->setSettings(ExperimentSettings::notebook());
    // Shown at once, not after the typing pause.
    if (!started_) {
        previewTimer_.stop();
        refreshPreview();
    }
}

void MainWindow::setPresenterMode(bool on)
{
    if (on == isPresenterMode())
        return;
    if (presenterAction_->isChecked() != on) {
        presenterAction_->setChecked(on); // comes back here through toggled
        return;
    }
    if (on)
        presenter_->enter();
    else
        presenter_->leave();
    updateStripVisibility();
}

void MainWindow::updateDockWidths()
{
    // They scroll vertically, not sideways.
    const int scrollBar = formScroll_->verticalScrollBar()->sizeHint().width();
    formScroll_->setMinimumWidth(form_->minimumSizeHint().width() + scrollBar);
    understandingScroll_->setMinimumWidth(std::min(
        understanding_->minimumSizeHint().width() + scrollBar, kUnderstandingMinimumWidth));
}

void MainWindow::applyFonts(bool presenting)
{
    const double scale = presenting ? kPresenterScale : 1.0;
    QFont scaled = baseFont_;
    if (baseFont_.pointSizeF() > 0)
        scaled.setPointSizeF(baseFont_.pointSizeF() * scale);
    setFont(scaled);
    form_->setPresenting(presenting);
    updateDockWidths();
    plotFonts_.scale = scale;
    for (BoundaryPanel* panel : boundaryPanels()) {
        panel->setFonts(plotFonts_);
        panel->plot()->replot(QCustomPlot::rpQueuedReplot);
    }
    costView_->setFonts(plotFonts_);
    costPlot_->replot(QCustomPlot::rpQueuedReplot);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Stop asks the workers to finish; the controller's destructor (with this window's) joins
    // them, which takes at most one iteration each.
    controller_->stop();
    if (!scripted_)
        saveRememberedSettings();
    event->accept();
}

// ---------------------------------------------------------------------------------------------
// Export

bool MainWindow::saveScreenshot(const QString& path, QString* errorMessage)
{
    if (const QString problem = fileNameProblem(path, {QStringLiteral("png")});
        !problem.isEmpty()) {
        if (errorMessage)
            *errorMessage = problem;
        return false;
    }
    flushRedraws();
    const QPixmap pixmap = grab();
    return writeFileAtomically(
        path,
        [&pixmap](QIODevice& device, QString* error) {
            if (pixmap.isNull() || !pixmap.save(&device, "PNG")) {
                *error = tr("the window could not be captured as PNG");
                return false;
            }
            return true;
        },
        errorMessage);
}

bool MainWindow::exportFigure(const QString& path, QString* errorMessage) const
{
    if (!data_) {
        if (errorMessage)
            *errorMessage = tr("There is nothing to export yet: press Start first.");
        return false;
    }
    std::vector<FigureRun> figureRuns;
    for (int i = 0; i < runCount(); ++i) {
        const Run& run = runs_[static_cast<std::size_t>(i)];
        FigureRun figureRun;
        figureRun.scheme = run.scheme;
        figureRun.seed = seedShown(run);
        figureRun.boundary = run.pendingBoundary ? *run.pendingBoundary : run.boundary;
        figureRun.costs = costView_->costs(i);
        figureRun.trainAccuracy = run.trainAccuracy;
        figureRun.testAccuracy = run.testAccuracy;
        figureRun.note = noteText(run);
        figureRun.diverged = run.diverged;
        if (run.state == RunState::Training)
            figureRun.note = tr("iteration %1").arg(formatCount(run.iteration));
        figureRuns.push_back(std::move(figureRun));
    }
    FigureOptions options;
    options.iterations = shown_.training.iterations;
    options.subtitle = experimentSummary(shown_.training, data_->train.size(), data_->test.size());
    options.showTestPoints = showTestPoints_->isChecked();
    if (shown_.seedCount > 1 && shown_.seedCount <= kMaxSeedColumns)
        options.columns = shown_.seedCount;
    return writeComparisonFigure(figureRuns, *data_, options, path, errorMessage);
}

bool MainWindow::exportCosts(const QString& path, QString* errorMessage) const
{
    // Issue 15: the format follows the file name, or the name is refused.
    if (const QString problem = fileNameProblem(path, {QStringLiteral("csv")});
        !problem.isEmpty()) {
        if (errorMessage)
            *errorMessage = problem;
        return false;
    }
    return writeFileAtomically(
        path,
        [this](QIODevice& device, QString* /*error*/) {
            QTextStream out(&device);
            out << "run,seed,iteration,cost\n";
            for (int i = 0; i < runCount(); ++i) {
                const Run& run = runs_[static_cast<std::size_t>(i)];
                const std::string_view name = schemeInfo(run.scheme).name;
                for (const CostPoint& point : costView_->costs(i)) {
                    out << toQString(name) << ',' << run.seed << ',' << point.iteration << ','
                        << QString::fromStdString(formatPython(point.cost)) << '\n';
                }
            }
            out.flush();
            return out.status() == QTextStream::Ok;
        },
        errorMessage);
}

void MainWindow::exportFigureInteractively()
{
    QSettings store;
    const QString directory
        = store
              .value(kExportDirKey,
                     QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
              .toString();
    QString selectedFilter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export figure"),
        QDir(directory).filePath(QStringLiteral("initviz-comparison.png")),
        tr("PNG image (*.png);;PDF document (*.pdf)"), &selectedFilter);
    if (path.isEmpty())
        return;
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += selectedFilter.contains(QLatin1String("pdf")) ? QStringLiteral(".pdf")
                                                                : QStringLiteral(".png");
    QString error;
    if (!exportFigure(target, &error)) {
        QMessageBox::critical(this, tr("Export figure"), error);
        return;
    }
    store.setValue(kExportDirKey, QFileInfo(target).absolutePath());
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(target)), 4000);
}

void MainWindow::exportCostsInteractively()
{
    QSettings store;
    const QString directory
        = store
              .value(kExportDirKey,
                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .toString();
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export costs"), QDir(directory).filePath(QStringLiteral("initviz-costs.csv")),
        tr("CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    QString error;
    if (!exportCosts(path, &error)) {
        QMessageBox::critical(this, tr("Export costs"), error);
        return;
    }
    store.setValue(kExportDirKey, QFileInfo(path).absolutePath());
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
}

void MainWindow::showShortcuts()
{
    QMessageBox::information(
        this, tr("Keyboard shortcuts"),
        tr("<table cellpadding='3'>"
           "<tr><td><b>Space</b></td><td>Start / stop</td></tr>"
           "<tr><td><b>F11</b></td><td>Presenter mode (full screen, larger "
           "text); Esc leaves it</td></tr>"
           "<tr><td><b>T</b></td><td>Show or hide the test points</td></tr>"
           "<tr><td><b>L</b></td><td>Log-scale cost axis</td></tr>"
           "<tr><td><b>Ctrl+E</b></td><td>Export the figure (PNG or PDF)</td></tr>"
           "<tr><td><b>Ctrl+Q</b></td><td>Quit</td></tr>"
           "</table>"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About InitViz"),
                       tr("<h3>InitViz %1</h3>"
                          "<p>The \u201cInitialization\u201d assignment of deeplearning.ai's "
                          "<i>Improving Deep Neural Networks</i>, as a live classroom experiment: "
                          "the same network trained from different initial weights, side by "
                          "side.</p><p>Numbers reproduce the notebook's (numpy's generator, "
                          "sklearn's make_circles).</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace initviz::ui
