// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/boundary_panel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QProgressBar>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace initviz::ui {

namespace {
// Small enough for four columns of panels beside the form in a 1000-pixel-wide window; more
// panels than fit scroll.
constexpr int kMinimumPlotSide = 110;
constexpr int kProgressHeight = 16;
// QProgressBar counts in int; runs longer than this are shown in thousandths.
constexpr int kProgressSteps = 1000;
constexpr QRgb kBorder = 0xd0d0d0;
constexpr int kMargin = 4;
constexpr int kSpacing = 3;
constexpr int kProgressPadding = 12;
// Plots narrower than this get fewer ticks and two-line accuracies.
constexpr int kCompactPlotWidth = 230;
// The accuracy line and the progress bar share the line under the plot in this ratio.
constexpr int kAccuracyStretch = 2;
// The axis rect's column against the spacers' 1: it gets the width, up to its square's.
constexpr double kSquareStretch = 1e6;
constexpr int kProgressStretch = 1;
} // namespace

/// Holds the plot and sizes it so that its axis rect is square, centred in the space it has: the
/// notebook's [-1.5, 1.5]² view without stretching the circles into ellipses. The plot spans the
/// whole width, so that its title has all of it: the axis rect sits between two spacers that
/// take what its square leaves. The plot's overhead around the axis rect (title, tick labels)
/// is measured after each layout.
class SquarePlotArea : public QWidget {
public:
    SquarePlotArea(QCustomPlot* plot, QCPLayoutGrid* cell, BoundaryView* view, QWidget* parent)
        : QWidget(parent)
        , plot_(plot)
        , view_(view)
        , left_(new QCPLayoutElement(plot))
        , right_(new QCPLayoutElement(plot))
    {
        plot_->setParent(this);
        QCPAxisRect* rect = view_->axisRect();
        cell->take(rect);
        auto* row = new QCPLayoutGrid;
        cell->addElement(1, 0, row);
        row->setColumnSpacing(0);
        row->addElement(0, 0, left_);
        row->addElement(0, 1, rect);
        row->addElement(0, 2, right_);
        // The axis rect takes all the width up to its maximum (place()), the spacers the rest.
        row->setColumnStretchFactors({1.0, kSquareStretch, 1.0});
    }

    /// Called when the overhead changes (so the panel's ideal height does).
    std::function<void()> onOverheadChanged;

    [[nodiscard]] QSize overhead() const { return overhead_; }

    /// Re-places the plot if the overhead changed since the last placement.
    void refit()
    {
        const QRect inner = view_->axisRect()->rect();
        if (inner.width() <= 0 || inner.height() <= 0)
            return;
        const int spacers = left_->outerRect().width() + right_->outerRect().width();
        const QSize overhead(plot_->width() - spacers - inner.width(),
                             plot_->height() - inner.height());
        if (overhead != overhead_) {
            overhead_ = overhead;
            place();
            if (onOverheadChanged)
                onOverheadChanged();
        }
    }

protected:
    void resizeEvent(QResizeEvent* /*event*/) override { place(); }

private:
    void place()
    {
        const int side
            = std::max(1, std::min(width() - overhead_.width(), height() - overhead_.height()));
        const int plotHeight = std::min(height(), side + overhead_.height());
        view_->axisRect()->setMaximumSize(side, QWIDGETSIZE_MAX); // its inner rect's
        plot_->setGeometry(QRect(0, (height() - plotHeight) / 2, width(), plotHeight));
        view_->setCompact(std::min(width(), side + overhead_.width()) < kCompactPlotWidth);
        view_->fitTitle(width());
    }

    QCustomPlot* plot_;
    BoundaryView* view_;
    QCPLayoutElement* left_; // owned by the plot's layout
    QCPLayoutElement* right_;
    QSize overhead_{48, 56}; // a first guess, measured after the first layout
};

BoundaryPanel::BoundaryPanel(InitScheme scheme, std::optional<std::uint32_t> seed,
                             const DatasetPair& dataset, QWidget* parent, const QString& shownTitle)
    : QFrame(parent)
    , scheme_(scheme)
    , plot_(new QCustomPlot(this))
    , progress_(new QProgressBar(this))
    , accuracy_(new QLabel(this))
{
    setObjectName(QStringLiteral("boundaryPanel"));
    setSelected(false);
    const QString title = shownTitle.isEmpty() ? runTitle(scheme, seed) : shownTitle;
    setToolTip(tr("%1 \u2014 click to see its initial weights").arg(title));
    const QString editHint = tr("Click to add a red point (label 0), Shift+click a blue one "
                                "(label 1), Ctrl+click removes the nearest; every panel trains on "
                                "the same points");

    plot_->setObjectName(QStringLiteral("boundaryPlot"));
    plot_->setAutoAddPlottableToLegend(false);
    plot_->plotLayout()->clear();
    auto* cell = new QCPLayoutGrid;
    plot_->plotLayout()->addElement(0, 0, cell);
    view_ = std::make_unique<BoundaryView>(plot_, cell, title);
    view_->setDataset(dataset);
    view_->setAccuracyInPlot(false);
    // Clicks select the panel, and inside the axes edit the points (ConvNetJS's way); they do
    // not drag or zoom the view.
    plot_->setToolTip(QStringLiteral("%1 \u2014 %2").arg(title, editHint));
    plot_->setStatusTip(editHint);
    plot_->setAccessibleDescription(editHint);
    connect(plot_, &QCustomPlot::mousePress, this, [this](QMouseEvent* event) {
        // Where the click is, before selecting the panel re-frames it (and may move the axes).
        QCPAxisRect* rect = view_->axisRect();
        const QPointF at = event->position();
        const bool inside
            = event->button() == Qt::LeftButton && rect->rect().contains(at.toPoint());
        const QPointF point(rect->axis(QCPAxis::atBottom)->pixelToCoord(at.x()),
                            rect->axis(QCPAxis::atLeft)->pixelToCoord(at.y()));
        const Qt::KeyboardModifiers modifiers = event->modifiers();
        emit activated();
        if (inside)
            emit pointClicked(point, modifiers);
    });

    area_ = new SquarePlotArea(plot_, cell, view_.get(), this);
    area_->setMinimumSize(kMinimumPlotSide, kMinimumPlotSide);
    area_->onOverheadChanged = [this] { emit idealSizeChanged(); };
    // After a layout the overhead is known; re-placing from inside the layout would re-enter it.
    connect(plot_, &QCustomPlot::afterLayout, area_, [this] {
        QMetaObject::invokeMethod(
            area_, [this] { area_->refit(); }, Qt::QueuedConnection);
    });

    progress_->setObjectName(QStringLiteral("runProgress"));
    progress_->setFixedHeight(std::max(kProgressHeight, fontMetrics().height() + 4));
    progress_->setTextVisible(true);
    progress_->setAlignment(Qt::AlignCenter);
    // The run's colour, and text over it in black or white, whichever reads better (white on
    // the orange or pink bars did not).
    QPalette palette = progress_->palette();
    palette.setColor(QPalette::Highlight, runColor(scheme));
    palette.setColor(QPalette::HighlightedText, readableTextOn(runColor(scheme)));
    progress_->setPalette(palette);
    //: Run state: not started yet
    setProgress(0, 1, tr("Ready"));

    accuracy_->setObjectName(QStringLiteral("accuracyLabel"));
    accuracy_->setTextFormat(Qt::PlainText);
    // Its width comes from the panel, not from the text: long text is elided, never widening
    // the window.
    accuracy_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    accuracy_->setMinimumWidth(0);

    auto* bottom = new QHBoxLayout;
    bottom->setSpacing(kSpacing);
    bottom->addWidget(accuracy_, kAccuracyStretch);
    bottom->addWidget(progress_, kProgressStretch);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(kMargin, kMargin, kMargin, kMargin);
    layout->setSpacing(kSpacing);
    layout->addWidget(area_, 1);
    layout->addLayout(bottom);
}

BoundaryPanel::~BoundaryPanel() = default;

int BoundaryPanel::idealHeight(int width) const
{
    const QSize overhead = area_->overhead();
    const int areaWidth = width - 2 * kMargin - 2 * frameWidth();
    const int plotHeight
        = std::max(kMinimumPlotSide, areaWidth - overhead.width() + overhead.height());
    const int bottom = std::max(progress_->height(), accuracy_->sizeHint().height());
    return plotHeight + kSpacing + bottom + 2 * kMargin + 2 * frameWidth();
}

void BoundaryPanel::setAccuracy(double train, double test, const QString& note)
{
    view_->setAccuracy(train, test, note);
    // The view's compact form puts the test accuracy on a second line; the panel's line has room.
    QString text = view_->accuracyText();
    text.replace(QLatin1Char('\n'), QStringLiteral("  \u00b7  "));
    accuracyText_ = text;
    updateAccuracyLabel();
}

void BoundaryPanel::updateAccuracyLabel()
{
    accuracy_->setText(
        accuracy_->fontMetrics().elidedText(accuracyText_, Qt::ElideRight, accuracy_->width()));
    accuracy_->setToolTip(accuracyText_);
}

bool BoundaryPanel::titleFits() const
{
    return view_->titleFits(plot_->width());
}

void BoundaryPanel::setTitleWrapped(bool wrapped)
{
    view_->setTitleWrapped(wrapped);
    view_->fitTitle(plot_->width());
}

void BoundaryPanel::setProgress(int iteration, int total, const QString& text,
                                const QString& shortText)
{
    progressText_ = text;
    progressShortText_ = shortText;
    const double fraction
        = total > 0 ? std::clamp(static_cast<double>(iteration) / total, 0.0, 1.0) : 0.0;
    progress_->setRange(0, kProgressSteps);
    progress_->setValue(static_cast<int>(fraction * kProgressSteps));
    const bool fits
        = progress_->fontMetrics().horizontalAdvance(text) <= progress_->width() - kProgressPadding;
    progress_->setFormat(fits || shortText.isEmpty() ? text : shortText);
    progress_->setToolTip(text);
}

void BoundaryPanel::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    setProgress(progress_->value(), kProgressSteps, progressText_, progressShortText_);
    // The layout has placed the label before this event (QLayout hears of the resize first).
    updateAccuracyLabel();
}

void BoundaryPanel::setSelected(bool selected)
{
    // The selected run (whose weights the Understanding panel shows) is framed in its colour.
    selected_ = selected;
    const QColor border = selected ? runColor(scheme_) : QColor(kBorder);
    setStyleSheet(QStringLiteral("QFrame#boundaryPanel { border: %1px solid %2; "
                                 "border-radius: 3px; background: white; }")
                      .arg(selected ? 2 : 1)
                      .arg(border.name()));
}

void BoundaryPanel::applyClassPalette()
{
    view_->applyClassPalette();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void BoundaryPanel::setFonts(const PlotFonts& fonts)
{
    view_->setFonts(fonts);
    view_->fitTitle(plot_->width());
    // The panel's style sheet stops the window's font from reaching its children: the line under
    // the plot takes the plots' annotation font, scaled with them in presenter mode.
    accuracy_->setFont(fonts.annotation());
    progress_->setFont(fonts.annotation());
    progress_->setFixedHeight(
        std::max(kProgressHeight, QFontMetrics(fonts.annotation()).height() + 4));
    updateAccuracyLabel();
}

void BoundaryPanel::mousePressEvent(QMouseEvent* event)
{
    emit activated();
    QFrame::mousePressEvent(event);
}

} // namespace initviz::ui
