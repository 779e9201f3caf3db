// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/charts/marketsharechart.h"

#include "app/core/axisticks.h"
#include "app/core/colors.h"
#include "app/core/numberformat.h"
#include "app/core/seriesmodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBoxLayout>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <algorithm>
#include <numbers>

namespace at {
namespace {

// Qt Charts renders labels, legend entries and axis categories as rich text: every piece of data-derived
// text goes through here before it reaches one of them.
QString esc(const QString &plain)
{
    return plain.toHtmlEscaped();
}

// What the sources do not break down is hatched grey, never a colour that could pass for a company.
QBrush unknownBrush(const QPalette &palette)
{
    QColor grey = palette.color(QPalette::Text);
    grey.setAlpha(110);
    return QBrush(grey, Qt::BDiagPattern);
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

// A value axis in the unit of a CountScale (0, 50, 100, 150 "millions"): short labels that fit a small chart.
QCategoryAxis *scaledCountAxis(double top, int maxTicks, const QLocale &locale)
{
    auto *axis = new QCategoryAxis;
    const ChartTicks ticks = numberTicks(0, top, maxTicks, locale);
    const double upper = ticks.ticks.isEmpty() ? top : std::max(top, ticks.ticks.back());
    axis->setRange(0, upper);
    axis->setStartValue(0);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // Qt Charts gives a category axis beside a short plot too little width for its labels and shows
    // "..." for "600"; the numbers are short, so they are shown whole.
    axis->setTruncateLabels(false);
    for (qsizetype i = 0; i < ticks.ticks.size(); ++i)
        axis->append(esc(ticks.labels[i]), ticks.ticks[i]);
    return axis;
}

// "registered users (millions)", "注册用户（亿）"; the plain count when no scale is needed.
QString axisTitle(const QString &metric, const CountScale &scale)
{
    if (scale.unit.isEmpty())
        return MarketShareChart::tr("%1 (count)").arg(metric);
    return MarketShareChart::tr("%1 (%2)").arg(metric, scale.unit);
}

} // namespace

MarketShareChart::MarketShareChart(const Document *document, ViewState *state, Sector sector, QWidget *parent)
    : QWidget(parent), m_document(document), m_state(state), m_sector(sector), m_locale(QWidget::locale())
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_note = new QLabel(this);
    m_footnote = new QLabel(this);
    for (QLabel *label : {m_title, m_note, m_footnote}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_shareChart = new QChart;
    m_historyChart = new QChart;
    connect(m_shareChart, &QChart::plotAreaChanged, this, &MarketShareChart::updateSliceLabels);
    // The share panel: the donut (or, without a total, bars) and beside it a key whose lines wrap, so that
    // no label is ever cut short the way a chart library elides what does not fit.
    m_sharePanel = new QWidget(this);
    m_shareView = new QChartView(m_shareChart, m_sharePanel);
    m_key = new QWidget(m_sharePanel);
    auto *keyLayout = new QVBoxLayout(m_key);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    keyLayout->addStretch(1);
    auto *shareLayout = new QHBoxLayout(m_sharePanel);
    shareLayout->setContentsMargins(0, 0, 0, 0);
    shareLayout->addWidget(m_shareView, 3);
    shareLayout->addWidget(m_key, 2);
    m_historyView = new QChartView(m_historyChart, this);
    for (QChartView *view : {m_shareView, m_historyView}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(160, 150);
        view->setFrameShape(QFrame::NoFrame);
    }
    for (QChart *chart : {m_shareChart, m_historyChart}) {
        chart->setBackgroundRoundness(0);
        chart->setMargins(QMargins(4, 4, 4, 4));
        chart->setAnimationOptions(QChart::NoAnimation);
    }
    m_chartsLayout = new QBoxLayout(QBoxLayout::LeftToRight);
    m_chartsLayout->addWidget(m_sharePanel, 1);
    m_chartsLayout->addWidget(m_historyView, 1);
    layout->addWidget(m_title);
    layout->addWidget(m_note);
    layout->addLayout(m_chartsLayout, 1);
    layout->addWidget(m_footnote);

    connect(document, &Document::replaced, this, &MarketShareChart::onDatasetReplaced);
    connect(state, &ViewState::currentTimeChanged, this, &MarketShareChart::onTimeChanged);
    connect(state, &ViewState::selectionChanged, this, &MarketShareChart::showSelection);
    connect(state, &ViewState::filterChanged, this, &MarketShareChart::rebuild);

    applyPalette();
    onDatasetReplaced();
}

MarketShareChart::~MarketShareChart() = default;

void MarketShareChart::setLocale(const QLocale &locale)
{
    m_locale = locale;
    QWidget::setLocale(locale);
    rebuild();
}

QString MarketShareChart::titleText() const
{
    return m_title->text();
}

QString MarketShareChart::noteText() const
{
    return m_note->text();
}

QString MarketShareChart::footnoteText() const
{
    return m_footnote->text();
}

QStringList MarketShareChart::keyTexts() const
{
    QStringList out;
    for (const QLabel *label : m_keyLabels)
        out << label->text();
    return out;
}

void MarketShareChart::clearKey()
{
    qDeleteAll(m_key->findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
    m_keyLabels.clear();
}

QColor MarketShareChart::memberColor(int entity) const
{
    const QColor color = entityColor(entity);
    if (m_scope->keepsEntity(entity))
        return color;
    // Outside the filter: the company's colour washed towards the background, so that the share stays
    // where it is (the whole market is still the whole market) but reads as set aside.
    const QColor base = palette().color(QPalette::Base);
    constexpr double keep = 0.28;
    return QColor::fromRgbF(float(color.redF() * keep + base.redF() * (1 - keep)),
                            float(color.greenF() * keep + base.greenF() * (1 - keep)),
                            float(color.blueF() * keep + base.blueF() * (1 - keep)));
}

void MarketShareChart::addKeyRow(const QBrush &brush, const QString &text, bool faded)
{
    auto *row = new QWidget(m_key);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    const int side = fontMetrics().height() * 3 / 4;
    const qreal ratio = devicePixelRatioF();
    QPixmap swatch(QSize(side, side) * ratio);
    swatch.setDevicePixelRatio(ratio);
    swatch.fill(Qt::transparent);
    {
        QPainter painter(&swatch);
        painter.setPen(QPen(palette().color(QPalette::Mid), 1));
        painter.setBrush(brush);
        painter.drawRect(QRectF(0.5, 0.5, side - 1, side - 1));
    }
    auto *swatchLabel = new QLabel(row);
    swatchLabel->setPixmap(swatch);
    swatchLabel->setAlignment(Qt::AlignTop);
    auto *textLabel = new QLabel(text, row);
    textLabel->setTextFormat(Qt::PlainText);
    if (faded)
        textLabel->setForegroundRole(QPalette::PlaceholderText);
    textLabel->setWordWrap(true);
    textLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::MinimumExpanding);
    layout->addWidget(swatchLabel, 0, Qt::AlignTop);
    layout->addWidget(textLabel, 1);
    auto *keyLayout = static_cast<QVBoxLayout *>(m_key->layout());
    keyLayout->insertWidget(keyLayout->count() - 1, row);
    m_keyLabels << textLabel;
}

QPieSlice *MarketShareChart::sliceOf(int series) const
{
    if (series < 0)
        return m_remainderSlice;
    for (qsizetype i = 0; i < m_shares.slices.size() && i < m_memberSlices.size(); ++i) {
        if (m_shares.slices[i].series == series)
            return m_memberSlices[i];
    }
    return nullptr;
}

void MarketShareChart::onDatasetReplaced()
{
    m_dataset = m_document->sharedDataset();
    m_records = marketsOfSector(*m_dataset, m_sector);
    m_market = marketAsOf(*m_dataset, m_sector, m_state->currentTime());
    rebuild();
}

void MarketShareChart::onTimeChanged(double julianDay)
{
    const int market = marketAsOf(*m_dataset, m_sector, julianDay);
    // Scrubbing through time redraws only when the record in force changes (or, before the first record,
    // to keep the date in the note current).
    if (market == m_market && market >= 0)
        return;
    m_market = market;
    rebuild();
}

void MarketShareChart::rebuild()
{
    const Dataset &d = *m_dataset;
    m_scope = m_state->scope(m_dataset);
    m_shares = computeMarketShares(d, m_market);
    QStringList notes;
    if (m_market >= 0) {
        const Market &m = d.markets[m_market];
        m_title->setText(tr("%1 — %2").arg(m.name(m_locale), m.date.toDisplayString(m_locale)));
        if (m_shares.hasTotal) {
            notes << tr("Shares of a stated total of %1 %2.")
                         .arg(boundedCountText(m_shares.total, m_shares.totalBound, m_locale),
                              displayName(m.metric));
        } else {
            notes << tr(
                "The sources give no total for this market, so shares cannot be computed; the members' own "
                "figures are shown.");
        }
    } else {
        m_title->setText(tr("Market shares: %1").arg(displayName(m_sector)));
        const QString now = FuzzyDate::fromDate(QDate::fromJulianDay(qint64(m_state->currentTime())))
                                .toDisplayString(m_locale);
        if (m_records.isEmpty()) {
            notes << tr("The dataset has no market figures for this sector.");
        } else if (m_state->currentTime() > 0) {
            notes << tr("No market figures yet at %1: the first record is for %2.")
                         .arg(now, d.markets[m_records.front()].date.toDisplayString(m_locale));
        } else {
            notes << tr("No market figures yet: the first record is for %1.")
                         .arg(d.markets[m_records.front()].date.toDisplayString(m_locale));
        }
    }
    const bool anyOutside =
        std::any_of(m_shares.slices.cbegin(), m_shares.slices.cend(),
                    [this](const MarketSlice &slice) { return !m_scope->keepsEntity(slice.entity); });
    if (m_market >= 0 && anyOutside)
        notes << tr("Pale: outside the filter.");
    m_note->setText(notes.join(u' '));
    buildShareChart();
    buildHistoryChart();
    m_footnote->setText(marketFootnote(d, m_records, m_locale));
    showSelection(m_state->selection());
}

void MarketShareChart::buildShareChart()
{
    clearChart(m_shareChart);
    clearKey();
    m_donut = nullptr;
    m_memberSlices.clear();
    m_remainderSlice = nullptr;
    m_sharePanel->setVisible(m_market >= 0);
    if (m_market < 0)
        return;
    const Dataset &d = *m_dataset;
    const Market &m = d.markets[m_market];
    const QPalette pal = palette();
    const QString date = m.date.toDisplayString(m_locale);
    m_shareChart->legend()->setVisible(false);

    if (m_shares.hasTotal) {
        m_shareChart->setTitle(esc(tr("Shares, %1").arg(date)));
        m_donut = new QPieSeries;
        m_donut->setHoleSize(0.5);
        m_donut->setPieSize(0.9);
        // On the slices only the share, with a sign for its bound (≥ at least, ≤ at most, ≈ about); the key
        // beside says it in words, with the figure.
        auto shortShare = [&](double share, Bound bound) -> QString {
            const QString value = formatShare(share, bound, m_locale);
            switch (bound) {
            case Bound::Exact:
                return value;
            case Bound::AtLeast:
                return QStringLiteral("≥ ") + value;
            case Bound::AtMost:
                return QStringLiteral("≤ ") + value;
            case Bound::About:
                return QStringLiteral("≈ ") + value;
            }
            return value;
        };
        for (qsizetype i = 0; i < m_shares.slices.size(); ++i) {
            const MarketSlice &s = m_shares.slices[i];
            const Series &series = d.series[s.series];
            const SeriesPoint &point = d.pointsOf(series)[size_t(s.point)];
            QPieSlice *slice = m_donut->append(esc(shortShare(*s.share, s.bound)), s.value);
            const bool kept = m_scope->keepsEntity(s.entity);
            slice->setBrush(memberColor(s.entity));
            slice->setLabelColor(kept ? QColor(Qt::white) : pal.color(QPalette::Text));
            m_memberSlices << slice;
            addKeyRow(memberColor(s.entity),
                      sliceLabel(d, m_shares, int(i), m_locale) + u'\n' +
                          SeriesModel::valueText(point, series.unit, m_locale),
                      !kept);
            connect(slice, &QPieSlice::clicked, this, [this, series = s.series, p = s.point] {
                m_state->select(Selection::dataPoint(series, p));
            });
        }
        if (m_shares.remainder) {
            const MarketRemainder &r = *m_shares.remainder;
            m_remainderSlice = m_donut->append(esc(shortShare(r.share, r.bound)), r.value);
            m_remainderSlice->setBrush(unknownBrush(pal));
            m_remainderSlice->setLabelColor(pal.color(QPalette::Text));
            addKeyRow(unknownBrush(pal), remainderLabel(d, m_shares, m_locale) + u'\n' +
                                             tr("%1; %2").arg(boundedShareText(r.share, r.bound, m_locale),
                                                              boundedCountText(r.value, r.bound, m_locale)));
        }
        for (QPieSlice *slice : m_donut->slices()) {
            slice->setLabelPosition(QPieSlice::LabelInsideHorizontal);
            QFont labelFont = font();
            labelFont.setBold(true);
            slice->setLabelFont(labelFont);
            slice->setBorderColor(pal.color(QPalette::Base));
            slice->setBorderWidth(2);
        }
        m_shareChart->addSeries(m_donut);
        updateSliceLabels();
    } else {
        // No total: the members' own figures as bars, the companies named without a figure only in the key.
        m_shareChart->setTitle(esc(tr("Figures, %1 (no total given)").arg(date)));
        double top = 0;
        for (const MarketSlice &s : m_shares.slices)
            top = std::max(top, s.value);
        const CountScale scale = countScale(top, m_locale);
        auto *bars = new QHorizontalStackedBarSeries;
        QStringList categories;
        for (qsizetype i = 0; i < m_shares.slices.size(); ++i) {
            const MarketSlice &s = m_shares.slices[i];
            const Series &series = d.series[s.series];
            const SeriesPoint &point = d.pointsOf(series)[size_t(s.point)];
            categories << QString::number(i);
            auto *set = new QBarSet(esc(d.entities[s.entity].name(m_locale)));
            for (qsizetype c = 0; c < m_shares.slices.size(); ++c)
                *set << (c == i ? s.value / scale.divisor : 0.0);
            set->setColor(memberColor(s.entity));
            set->setBorderColor(memberColor(s.entity));
            connect(set, &QBarSet::clicked, this, [this, series = s.series, p = s.point] {
                m_state->select(Selection::dataPoint(series, p));
            });
            bars->append(set);
            addKeyRow(memberColor(s.entity),
                      tr("%1: %2").arg(d.entities[s.entity].name(m_locale),
                                       SeriesModel::valueText(point, series.unit, m_locale)),
                      !m_scope->keepsEntity(s.entity));
        }
        for (int e : m_shares.otherIncludes)
            addKeyRow(Qt::NoBrush, tr("%1: no figure given").arg(d.entities[e].name(m_locale)));
        bars->setBarWidth(0.6);
        m_shareChart->addSeries(bars);
        // The bars are named in the key (in the same order, top to bottom), not on an axis that would elide.
        auto *categoryAxis = new QBarCategoryAxis;
        categoryAxis->append(categories);
        categoryAxis->setReverse(true);
        categoryAxis->setLabelsVisible(false);
        categoryAxis->setGridLineVisible(false);
        QCategoryAxis *valueAxis = scaledCountAxis(top / scale.divisor * 1.15, 4, m_locale);
        valueAxis->setTitleText(esc(axisTitle(displayName(m.metric), scale)));
        m_shareChart->addAxis(categoryAxis, Qt::AlignLeft);
        m_shareChart->addAxis(valueAxis, Qt::AlignBottom);
        bars->attachAxis(categoryAxis);
        bars->attachAxis(valueAxis);
    }
    styleChart(m_shareChart);
}

void MarketShareChart::updateSliceLabels()
{
    if (!m_donut)
        return;
    // A slice's label is drawn across the ring, and Qt Charts cuts what does not fit ("69.9" for
    // "≥ 69.9%" in a dock). Where the ring is too thin, or the slice too narrow, the label is left to the
    // key beside the chart, which always has it.
    const QRectF area = m_shareChart->plotArea();
    const qreal radius = std::min(area.width(), area.height()) * m_donut->pieSize() / 2;
    const qreal ring = radius * (m_donut->pieSize() > 0 ? 1 - m_donut->holeSize() / m_donut->pieSize() : 0);
    for (QPieSlice *slice : m_donut->slices()) {
        const QFontMetricsF metrics(slice->labelFont());
        const qreal arc = radius * 2 * std::numbers::pi * slice->percentage();
        const qreal needed = metrics.horizontalAdvance(slice->label()) + 6;
        slice->setLabelVisible(needed <= ring && metrics.height() + 4 <= arc);
    }
}

void MarketShareChart::buildHistoryChart()
{
    clearChart(m_historyChart);
    m_historyView->setVisible(!m_records.isEmpty());
    if (m_records.isEmpty())
        return;
    const Dataset &d = *m_dataset;
    const QPalette pal = palette();

    QList<Metric> metrics;
    for (int r : m_records) {
        if (!metrics.contains(d.markets[r].metric))
            metrics << d.markets[r].metric;
    }
    // One column per record; a record without a total shows only its members' figures and says so.
    QStringList categories;
    QList<MarketShares> shares;
    QList<int> entities; // the members' entities, in order of first appearance
    double top = 0;
    for (int r : m_records) {
        const Market &m = d.markets[r];
        shares << computeMarketShares(d, r);
        // Short labels (the date, and the metric only when records differ in it): an axis elides long ones.
        // That a record has no total is said in the note and the legend's "Other".
        QString label = esc(m.date.toDisplayString(m_locale));
        if (metrics.size() > 1)
            label += QStringLiteral("<br>") + esc(displayName(m.metric));
        if (r == m_market)
            label = QStringLiteral("<b>") + label + QStringLiteral("</b>");
        categories << label;
        double stacked = 0;
        for (const MarketSlice &s : shares.back().slices) {
            if (!entities.contains(s.entity))
                entities << s.entity;
            stacked += s.value;
        }
        if (shares.back().remainder)
            stacked += shares.back().remainder->value;
        top = std::max(top, stacked);
    }
    const CountScale scale = countScale(top, m_locale);
    auto *bars = new QStackedBarSeries;
    for (int e : entities) {
        auto *set = new QBarSet(esc(d.entities[e].name(m_locale)));
        for (qsizetype c = 0; c < shares.size(); ++c) {
            double value = 0;
            for (const MarketSlice &s : shares[c].slices) {
                if (s.entity == e)
                    value = s.value;
            }
            *set << value / scale.divisor;
        }
        set->setColor(memberColor(e));
        set->setBorderColor(memberColor(e));
        bars->append(set);
    }
    bool anyRemainder = false;
    auto *other = new QBarSet(esc(tr("Other (no breakdown given)")));
    for (const MarketShares &s : shares) {
        *other << (s.remainder ? s.remainder->value / scale.divisor : 0.0);
        anyRemainder = anyRemainder || s.remainder.has_value();
    }
    other->setBrush(unknownBrush(pal));
    other->setBorderColor(pal.color(QPalette::Mid));
    if (anyRemainder)
        bars->append(other);
    else
        delete other;
    bars->setBarWidth(0.55);
    m_historyChart->addSeries(bars);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    QCategoryAxis *valueAxis = scaledCountAxis(top / scale.divisor * 1.1, 5, m_locale);
    const QString metricName = metrics.size() == 1 ? displayName(metrics.front()) : tr("users or accounts");
    // The metric and unit go in the title, which has the chart's width: as the value axis's title they had
    // only its height, and a dock's chart elided them ("active accoun…").
    m_historyChart->setTitle(esc(tr("Records over time, %1").arg(axisTitle(metricName, scale))));
    m_historyChart->addAxis(categoryAxis, Qt::AlignBottom);
    m_historyChart->addAxis(valueAxis, Qt::AlignLeft);
    bars->attachAxis(categoryAxis);
    bars->attachAxis(valueAxis);
    m_historyChart->legend()->setVisible(true);
    m_historyChart->legend()->setAlignment(Qt::AlignBottom);
    styleChart(m_historyChart);
}

void MarketShareChart::showSelection(Selection selection)
{
    for (qsizetype i = 0; i < m_memberSlices.size() && i < m_shares.slices.size(); ++i) {
        const MarketSlice &s = m_shares.slices[i];
        const bool selected = (selection.type == Selection::Type::Entity && selection.index == s.entity) ||
                              (selection.type == Selection::Type::Point && selection.index == s.series &&
                               selection.point == s.point);
        m_memberSlices[i]->setExploded(selected);
        m_memberSlices[i]->setExplodeDistanceFactor(0.08);
    }
}

void MarketShareChart::styleChart(QChart *chart) const
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    QColor faint = text;
    faint.setAlpha(45);
    QFont titleFont = font();
    titleFont.setBold(true);
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->setTitleFont(titleFont);
    chart->legend()->setLabelColor(text);
    chart->legend()->setFont(font());
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsBrush(text);
        axis->setLabelsFont(font());
        axis->setTitleBrush(text);
        axis->setTitleFont(font());
        axis->setLinePenColor(pal.color(QPalette::Mid));
        axis->setGridLineColor(faint);
    }
}

void MarketShareChart::applyPalette()
{
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(font().pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    m_footnote->setFont(small);
    QPalette footnotePalette = palette();
    footnotePalette.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_footnote->setPalette(footnotePalette);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    for (QChartView *view : {m_shareView, m_historyView})
        view->setBackgroundBrush(palette().color(QPalette::Base));
}

void MarketShareChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) && m_dataset) {
        applyPalette();
        rebuild();
    }
}

void MarketShareChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Side by side when wide, stacked when tall (a narrow dock).
    m_chartsLayout->setDirection(width() >= height() ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

QImage MarketShareChart::toImage(const QSize &size, qreal devicePixelRatio) const
{
    QImage image((QSizeF(size) * devicePixelRatio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    renderTo(&painter, QRect(QPoint(0, 0), size));
    return image;
}

void MarketShareChart::renderTo(QPainter *painter, const QRect &target, ChartParts parts) const
{
    // A copy laid out at the target size, never shown, draws the export; the widget on screen stays as it is.
    MarketShareChart copy(m_document, m_state, m_sector);
    copy.setPalette(palette());
    copy.setFont(font());
    copy.setLocale(m_locale);
    copy.setAttribute(Qt::WA_DontShowOnScreen);
    // The key beside the donut and the bars' legend are this chart's legend.
    copy.m_key->setVisible(parts.legend);
    copy.m_historyChart->legend()->setVisible(parts.legend);
    copy.m_footnote->setVisible(parts.footnote);
    copy.resize(target.size());
    copy.show();
    QCoreApplication::sendPostedEvents();
    copy.render(painter, target.topLeft(), QRegion(), QWidget::DrawWindowBackground | QWidget::DrawChildren);
}

} // namespace at
