// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QSettings>
#include <QSize>
#include <QString>
#include <QVariant>

namespace at {

// A typed settings key: the one place that says what is stored under which name and its default.
template <typename T> struct SettingKey {
    const char *name;
    T defaultValue;
};

namespace keys {
inline const SettingKey<QByteArray> windowGeometry{"window/geometry", {}};
inline const SettingKey<QByteArray> windowState{"window/state", {}};
inline const SettingKey<QString> language{"ui/language", {}}; // empty: follow the system
inline const SettingKey<QString> theme{"ui/theme", QStringLiteral("system")};
inline const SettingKey<QString> annotationAuthor{"annotations/author", {}};
// Workspace files and team workspace addresses, most recent first; never a password.
inline const SettingKey<QStringList> recentWorkspaces{"workspaces/recent", {}};
inline const SettingKey<double> visibleFrom{"timeline/visibleFrom", 0.0};
inline const SettingKey<double> visibleTo{"timeline/visibleTo", 0.0};
inline const SettingKey<QByteArray> laneState{"timeline/lanes", {}}; // order, hidden lanes, collapsed groups
// Files over this many bytes are refused by an import; 0 (the default): derived from the computer's memory
// (app/core/import/importlimit.h).
inline const SettingKey<qint64> importSizeCap{"import/maxBytes", 0};
inline const SettingKey<QString> exportSize{"export/size", QStringLiteral("1920x1080")};
} // namespace keys

// keys::exportSize is stored as "WIDTHxHEIGHT" in pixels. An unreadable or non-positive value gives an
// invalid QSize, so that the caller falls back to the key's default.
inline QSize parseExportSize(QStringView text)
{
    const qsizetype x = text.indexOf(u'x', 0, Qt::CaseInsensitive);
    if (x <= 0)
        return {};
    bool okW = false;
    bool okH = false;
    const int w = text.left(x).trimmed().toInt(&okW);
    const int h = text.mid(x + 1).trimmed().toInt(&okH);
    return okW && okH && w > 0 && h > 0 ? QSize(w, h) : QSize();
}
inline QString exportSizeText(QSize size)
{
    return QString::number(size.width()) + u'x' + QString::number(size.height());
}

// Settings passed to whoever needs them, never reached through a global. Tests give it a temporary file.
class Settings {
public:
    // The user's settings (QSettings' native location for the organisation and application name).
    Settings() : m_settings(std::make_unique<QSettings>()) {}
    explicit Settings(const QString &iniFile)
        : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
    {}

    template <typename T> T value(const SettingKey<T> &key) const
    {
        const QVariant v = m_settings->value(QLatin1StringView(key.name));
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : key.defaultValue;
    }
    template <typename T> void setValue(const SettingKey<T> &key, const T &value)
    {
        m_settings->setValue(QLatin1StringView(key.name), QVariant::fromValue(value));
    }
    void sync() { m_settings->sync(); }

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace at
