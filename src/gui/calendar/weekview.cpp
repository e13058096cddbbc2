#include "weekview.h"

#include "calendarmodel.h"

#include <QLocale>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace {
constexpr int Days = 7;
constexpr int Hours = 24;
} // namespace

WeekView::WeekView(QWidget *parent)
    : CalendarView(parent)
{
    setAccessibleName(tr("Week calendar"));
    setAccessibleDescription(tr("Posts by day and hour. Drag a post to another hour to move it, keeping its "
                                "minutes; hold Ctrl to copy it."));
}

QDate WeekView::firstDay() const
{
    const int weekStart = QLocale().firstDayOfWeek();
    return m_date.addDays(-((m_date.dayOfWeek() - weekStart + Days) % Days));
}

QDate WeekView::lastDay() const
{
    return firstDay().addDays(Days - 1);
}

QSize WeekView::minimumSizeHint() const
{
    return { gutterWidth() + Days * 60, headerHeight() + Hours * (fontMetrics().height() + 4) };
}

int WeekView::headerHeight() const
{
    return fontMetrics().height() + 12;
}

int WeekView::gutterWidth() const
{
    return fontMetrics().horizontalAdvance(u"00:00"_s) + 12;
}

QRect WeekView::columnRect(int day) const
{
    const int area = width() - gutterWidth();
    const int x0 = gutterWidth() + day * area / Days;
    const int x1 = gutterWidth() + (day + 1) * area / Days;
    return { x0, headerHeight(), x1 - x0, height() - headerHeight() };
}

int WeekView::hourTop(int hour) const
{
    return headerHeight() + hour * (height() - headerHeight()) / Hours;
}

QRect WeekView::slotRect(const Slot &slot) const
{
    const qint64 day = firstDay().daysTo(slot.day);
    if (day < 0 || day >= Days)
        return {};
    const QRect column = columnRect(int(day));
    if (!slot.hour)
        return column;
    return { column.left(), hourTop(*slot.hour), column.width(), hourTop(*slot.hour + 1) - hourTop(*slot.hour) };
}

std::optional<CalendarView::Slot> WeekView::slotAt(const QPoint &pos) const
{
    if (pos.y() < headerHeight() || pos.x() < gutterWidth())
        return std::nullopt;
    for (int day = 0; day < Days; ++day) {
        if (!columnRect(day).contains(pos))
            continue;
        for (int hour = 0; hour < Hours; ++hour) {
            if (pos.y() < hourTop(hour + 1))
                return Slot { firstDay().addDays(day), hour };
        }
    }
    return std::nullopt;
}

void WeekView::paintEvent(QPaintEvent *)
{
    clearChips();
    QPainter painter(this);
    const QPalette &pal = palette();
    const QLocale locale;
    const QDate today = model() ? model()->today() : QDate::currentDate();
    const QDate first = firstDay();
    QFont bold = font();
    bold.setBold(true);

    painter.fillRect(QRect(0, 0, width(), headerHeight()), pal.color(QPalette::Window));
    painter.fillRect(QRect(0, headerHeight(), gutterWidth(), height()), pal.color(QPalette::Window));

    // Hour lines and labels.
    for (int hour = 0; hour < Hours; ++hour) {
        const int y = hourTop(hour);
        painter.setPen(pal.color(QPalette::Midlight).darker(hour % 6 == 0 ? 125 : 105));
        painter.drawLine(gutterWidth(), y, width(), y);
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(QRect(0, y, gutterWidth() - 6, hourTop(hour + 1) - y), Qt::AlignRight | Qt::AlignVCenter,
                         QTime(hour, 0).toString(u"HH:mm"_s));
    }

    for (int day = 0; day < Days; ++day) {
        const QDate date = first.addDays(day);
        const QRect column = columnRect(day);
        if (date == today) {
            QColor tint = todayColour(pal);
            tint.setAlpha(28);
            painter.fillRect(column, tint);
        }
        painter.setPen(pal.color(QPalette::Mid));
        painter.drawLine(column.topLeft(), column.bottomLeft());

        const QRect head(column.left(), 0, column.width(), headerHeight());
        const QString label
            = locale.dayName(date.dayOfWeek(), QLocale::ShortFormat) + u' ' + QString::number(date.day());
        if (date == today) {
            painter.save();
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(todayColour(pal));
            const int w = QFontMetrics(bold).horizontalAdvance(label) + 14;
            const QRect pill(head.center().x() - w / 2, head.top() + 3, w, head.height() - 6);
            painter.drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
            painter.restore();
            painter.setPen(pal.color(QPalette::HighlightedText));
        } else {
            painter.setPen(pal.color(QPalette::WindowText));
        }
        painter.setFont(bold);
        painter.drawText(head, Qt::AlignCenter, label);
        painter.setFont(font());

        if (!model())
            continue;
        // Chips of one hour share its row side by side; more than fit show as "+n".
        const QList<int> rows = model()->rowsOn(date);
        for (int hour = 0; hour < Hours; ++hour) {
            QList<int> inHour;
            for (const int row : rows) {
                if (model()->index(row).data(CalendarModel::LocalTimeRole).toTime().hour() == hour)
                    inHour.append(row);
            }
            if (inHour.isEmpty())
                continue;
            const QRect slot = slotRect({ date, hour }).adjusted(2, 1, -2, -1);
            // Two side by side only where each still shows a few words.
            const qsizetype shown = std::min<qsizetype>(inHour.size(), slot.width() >= 180 ? 2 : 1);
            const int plusWidth = inHour.size() > shown ? fontMetrics().horizontalAdvance(u"+99"_s) : 0;
            const int chipWidth = (slot.width() - plusWidth) / int(shown);
            for (qsizetype n = 0; n < shown; ++n)
                paintChip(painter, QRect(slot.left() + int(n) * chipWidth, slot.top(), chipWidth - 1, slot.height()),
                          inHour.at(n));
            if (plusWidth > 0) {
                painter.setPen(pal.color(QPalette::PlaceholderText));
                painter.drawText(QRect(slot.right() - plusWidth, slot.top(), plusWidth, slot.height()), Qt::AlignCenter,
                                 u"+%1"_s.arg(inHour.size() - shown));
            }
        }
    }

    // Now, as a line across today.
    if (model() && first.daysTo(today) >= 0 && first.daysTo(today) < Days) {
        const QTime now = model()->now().time();
        const QRect column = columnRect(int(first.daysTo(today)));
        const int y = hourTop(now.hour()) + (hourTop(now.hour() + 1) - hourTop(now.hour())) * now.minute() / 60;
        painter.setPen(QPen(todayColour(pal), 2));
        painter.drawLine(column.left(), y, column.right(), y);
    }
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(0, headerHeight() - 1, width(), headerHeight() - 1);
    paintDropTarget(painter);
}
