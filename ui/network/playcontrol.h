// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QSlider;
class QToolButton;

namespace at {

class ViewState;

// Moves the shared time cursor through the data's span at a chosen speed, so that the network (and every
// view that follows the cursor) plays like a film: Play/Pause, a speed, and a slider over the span. Playing
// from the end starts again at the beginning; it stops at the end.
class PlayControl : public QWidget {
    Q_OBJECT
public:
    explicit PlayControl(ViewState *state, QWidget *parent = nullptr);

    // The span the cursor plays over, as Julian days.
    void setSpan(double from, double to);
    double from() const { return m_from; }
    double to() const { return m_to; }
    // Days of data per second of playing.
    double speed() const;
    void setSpeedIndex(int index);
    bool isPlaying() const { return m_timer.isActive(); }
    // Advances the cursor as if `ms` milliseconds had passed while playing (the timer's step; tests).
    void advance(double ms);

    QToolButton *playButton() const { return m_play; }
    QComboBox *speedBox() const { return m_speed; }
    QSlider *slider() const { return m_slider; }

public Q_SLOTS:
    void play();
    void pause();
    void toggle();

protected:
    void changeEvent(QEvent *event) override;

private:
    void tick();
    void syncSlider(double julianDay);
    void retranslate();

    ViewState *m_state;
    QToolButton *m_play;
    QComboBox *m_speed;
    QSlider *m_slider;
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_from = 0;
    double m_to = 0;
    bool m_syncing = false;
};

} // namespace at
