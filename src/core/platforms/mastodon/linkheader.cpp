#include "linkheader.h"

#include <QList>

namespace LinkHeader {

QUrl find(const QByteArray &header, const QByteArray &relation)
{
    for (const QByteArray &link : header.split(',')) {
        const qsizetype open = link.indexOf('<');
        const qsizetype close = link.indexOf('>', open + 1);
        if (open < 0 || close < 0)
            continue;
        for (const QByteArray &parameter : link.mid(close + 1).split(';')) {
            const QByteArray trimmed = parameter.trimmed();
            if (!trimmed.startsWith("rel="))
                continue;
            QByteArray value = trimmed.mid(4);
            if (value.startsWith('"') && value.endsWith('"') && value.size() >= 2)
                value = value.mid(1, value.size() - 2);
            if (value.split(' ').contains(relation)) {
                const QUrl url(QString::fromUtf8(link.mid(open + 1, close - open - 1).trimmed()));
                return url.isValid() ? url : QUrl();
            }
        }
    }
    return {};
}

} // namespace LinkHeader
