// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "ui/preferences/preferences.h"

#include <QDialog>
#include <QLocale>

class QComboBox;
class QLabel;
class QSpinBox;

namespace at {

class AuthorField;
class Settings;

// Edits the user's preferences. OK writes them to Settings and says what changed; Cancel changes nothing.
// The main window applies a new theme at once (applyTheme) and a new language at the next start (the views
// build their text once), which the dialog tells the user.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    // `systemLocale` is only used to name what "follow the system" means here.
    explicit PreferencesDialog(Settings *settings, const QLocale &systemLocale = QLocale::system(),
                               QWidget *parent = nullptr);

    // What the widgets show now.
    Preferences preferences() const;
    void setPreferences(const Preferences &preferences);

    void accept() override;

Q_SIGNALS:
    // Emitted by accept(), after saving, for each value that differs from what the dialog was opened with.
    void themeChanged(at::Theme theme);
    void languageChanged(at::Language language);
    void preferencesChanged(const at::Preferences &preferences);

private:
    void updateLanguageNote();

    Settings *m_settings;
    Preferences m_initial;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QComboBox *m_theme;
    AuthorField *m_author;
    QSpinBox *m_exportWidth;
    QSpinBox *m_exportHeight;
    QSpinBox *m_importCap;
};

} // namespace at
