// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/network/playcontrol.h"

#include "app/core/viewstate.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <algorithm>
#include <array>
#include <cmath>

namespace at {
namespace {
// Days of data per second: a month, a quarter, half a year, a year, two years.
constexpr std::array<double, 5> speeds{30, 91, 182, 365, 730};
constexpr int defaultSpeed = 1;
constexpr int frameMs = 40;
} // namespace

PlayControl::PlayControl(ViewState *state, QWidget *parent) : QWidget(parent), m_state(state)
{
    m_play = new QToolButton(this);
    m_play->setObjectName(QStringLiteral("networkPlay"));
    m_play->setCheckable(true);
    m_play->setAutoRaise(true);
    m_speed = new QComboBox(this);
    m_speed->setObjectName(QStringLiteral("networkSpeed"));
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("networkTime"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_play);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_speed);
    for (size_t i = 0; i < speeds.size(); ++i)
        m_speed->addItem(QString());
    m_speed->setCurrentIndex(defaultSpeed);
    retranslate();

    m_timer.setInterval(frameMs);
    connect(&m_timer, &QTimer::timeout, this, &PlayControl::tick);
    connect(m_play, &QToolButton::clicked, this, [this](bool checked) { checked ? play() : pause(); });
    connect(m_slider, &QSlider::valueChanged, this, [this](int day) {
        if (!m_syncing)
            m_state->setCurrentTime(day);
    });
    connect(state, &ViewState::currentTimeChanged, this, &PlayControl::syncSlider);
}

void PlayControl::setSpan(double from, double to)
{
    m_from = from;
    m_to = std::max(from, to);
    m_syncing = true;
    m_slider->setRange(int(std::floor(m_from)), int(std::ceil(m_to)));
    m_slider->setPageStep(30);
    m_syncing = false;
    syncSlider(m_state->currentTime());
    setEnabled(m_to > m_from);
    if (m_to <= m_from)
        pause();
}

double PlayControl::speed() const
{
    return speeds[size_t(std::clamp(m_speed->currentIndex(), 0, int(speeds.size()) - 1))];
}

void PlayControl::setSpeedIndex(int index)
{
    m_speed->setCurrentIndex(index);
}

void PlayControl::play()
{
    if (m_to <= m_from)
        return;
    if (m_state->currentTime() >= m_to || m_state->currentTime() < m_from)
        m_state->setCurrentTime(m_from);
    m_clock.start();
    m_timer.start();
    m_play->setChecked(true);
    retranslate();
}

void PlayControl::pause()
{
    m_timer.stop();
    m_play->setChecked(false);
    retranslate();
}

void PlayControl::toggle()
{
    isPlaying() ? pause() : play();
}

void PlayControl::tick()
{
    // By the clock, not by the number of ticks: a busy machine skips frames but keeps the speed.
    const double ms = double(m_clock.restart());
    advance(ms);
}

void PlayControl::advance(double ms)
{
    const double next = std::min(m_to, m_state->currentTime() + speed() * ms / 1000.0);
    m_state->setCurrentTime(next);
    if (next >= m_to)
        pause();
}

void PlayControl::syncSlider(double julianDay)
{
    m_syncing = true;
    m_slider->setValue(int(std::lround(julianDay)));
    m_syncing = false;
}

void PlayControl::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void PlayControl::retranslate()
{
    const bool playing = m_timer.isActive();
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    m_play->setToolTip(playing ? tr("Pause the time cursor")
                               : tr("Play: move the time cursor through the data"));
    m_play->setAccessibleName(m_play->text());
    const std::array<QString, speeds.size()> names{tr("1 month a second"), tr("1 quarter a second"),
                                                   tr("6 months a second"), tr("1 year a second"),
                                                   tr("2 years a second")};
    for (size_t i = 0; i < names.size(); ++i)
        m_speed->setItemText(int(i), names[i]);
    m_speed->setToolTip(tr("Playing speed"));
    m_speed->setAccessibleName(tr("Playing speed"));
    m_slider->setToolTip(tr("Time cursor"));
    m_slider->setAccessibleName(tr("Time cursor"));
}

} // namespace at
