#pragma once

#include <QByteArray>
#include <QUrl>

// RFC 8288 Link headers as Mastodon sends them for pagination: <URL>; rel="next", <URL>; rel="prev".
namespace LinkHeader {
QUrl find(const QByteArray &header, const QByteArray &relation);
}
