// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/datatable.h"

namespace at {

// A spreadsheet runs a cell starting with = + - @ (or a tab or carriage return) as a formula. An apostrophe
// in front makes it text; cells that already start with apostrophes before such a character get one more,
// so that taking one off on import always gives back the original.
bool looksLikeFormula(QStringView cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell[i] == u'\'')
        ++i;
    return i < cell.size() && QStringView(u"=+-@\t\r").contains(cell[i]);
}

QString neutralizeFormula(const QString &cell)
{
    return looksLikeFormula(cell) ? u'\'' + cell : cell;
}

QString csvCell(const QString &value)
{
    const QString cell = neutralizeFormula(value);
    if (!cell.contains(u',') && !cell.contains(u'"') && !cell.contains(u'\n') && !cell.contains(u'\r'))
        return cell;
    return u'"' + QString(cell).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QByteArray DataTable::toCsv() const
{
    QString out = QStringLiteral("\xFEFF");
    auto line = [&out](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                out += u',';
            out += csvCell(cells[i]);
        }
        out += QStringLiteral("\r\n");
    };
    line(columns);
    for (const QStringList &row : rows)
        line(row);
    return out.toUtf8();
}

} // namespace at
