#include "attempt.h"

using namespace Qt::StringLiterals;

QString Attempt::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Send: return u"send"_s;
    case Kind::Verify: return u"verify"_s;
    case Kind::Note: return u"note"_s;
    }
    return {};
}

Attempt::Kind Attempt::kindFromName(const QString &name)
{
    if (name == u"verify")
        return Kind::Verify;
    if (name == u"note")
        return Kind::Note;
    return Kind::Send;
}
