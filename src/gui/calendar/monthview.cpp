#include "monthview.h"

#include "calendarmodel.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {
constexpr int MaxWeeks = 6;
constexpr int Days = 7;
} // namespace

// Only the weeks the month touches (four to six), so that the cells get all the room there is.
int MonthView::weeks() const
{
    const QDate first(m_date.year(), m_date.month(), 1);
    return int((firstDay().daysTo(first) + first.daysInMonth() + Days - 1) / Days);
}

MonthView::MonthView(QWidget *parent)
    : CalendarView(parent)
{
    setAccessibleName(tr("Month calendar"));
    setAccessibleDescription(tr("Posts by day. Drag a post to another day to move it, keeping its time; "
                                "hold Ctrl to copy it."));
}

QDate MonthView::firstDay() const
{
    const QDate first(m_date.year(), m_date.month(), 1);
    const int weekStart = QLocale().firstDayOfWeek();
    return first.addDays(-((first.dayOfWeek() - weekStart + Days) % Days));
}

QDate MonthView::lastDay() const
{
    return firstDay().addDays(weeks() * Days - 1);
}

QSize MonthView::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return { Days * 60, headerHeight() + MaxWeeks * (line * 3 + 8) };
}

int MonthView::headerHeight() const
{
    return fontMetrics().height() + 10;
}

QRect MonthView::cellRect(int index) const
{
    const int top = headerHeight();
    const int column = index % Days;
    const int row = index / Days;
    const int x0 = column * width() / Days;
    const int x1 = (column + 1) * width() / Days;
    const int y0 = top + row * (height() - top) / weeks();
    const int y1 = top + (row + 1) * (height() - top) / weeks();
    return { x0, y0, x1 - x0, y1 - y0 };
}

QRect MonthView::slotRect(const Slot &slot) const
{
    const qint64 index = firstDay().daysTo(slot.day);
    if (index < 0 || index >= weeks() * Days)
        return {};
    return cellRect(int(index));
}

std::optional<CalendarView::Slot> MonthView::slotAt(const QPoint &pos) const
{
    for (int i = 0; i < weeks() * Days; ++i) {
        if (cellRect(i).contains(pos))
            return Slot { firstDay().addDays(i), std::nullopt };
    }
    return std::nullopt;
}

void MonthView::mousePressEvent(QMouseEvent *event)
{
    for (const auto &[link, day] : std::as_const(m_more)) {
        if (event->button() == Qt::LeftButton && link.contains(event->position().toPoint())) {
            Q_EMIT dayOpened(day);
            return;
        }
    }
    CalendarView::mousePressEvent(event);
}

MonthView::DayLayout MonthView::layoutDay(int posts, int read, int height, int line, int moreHeight)
{
    if (posts <= std::min(read, height / line))
        return {posts, 0};
    // The link takes a line of its own below the chips that still fit.
    const int shown = std::clamp((height - moreHeight) / line, 0, read);
    return {shown, posts - shown};
}

void MonthView::paintEvent(QPaintEvent *)
{
    clearChips();
    m_more.clear();
    QPainter painter(this);
    const QPalette &pal = palette();
    const QFontMetrics metrics = fontMetrics();
    const QLocale locale;
    const QDate today = model() ? model()->today() : QDate::currentDate();
    const QDate first = firstDay();

    // Weekday names.
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(pal.color(QPalette::WindowText));
    painter.fillRect(QRect(0, 0, width(), headerHeight()), pal.color(QPalette::Window));
    for (int column = 0; column < Days; ++column) {
        const QRect cell = cellRect(column);
        const QRect head(cell.left(), 0, cell.width(), headerHeight());
        painter.drawText(head, Qt::AlignCenter,
                         locale.dayName(first.addDays(column).dayOfWeek(), QLocale::ShortFormat));
    }

    // Narrow cells get two-line chips, so that the first words show beside the time and accounts.
    const int line = cellRect(0).width() < 170 ? 2 * metrics.height() + 6 : metrics.height() + 4;
    for (int i = 0; i < weeks() * Days; ++i) {
        const QRect cell = cellRect(i);
        const QDate day = first.addDays(i);
        const bool inMonth = day.month() == m_date.month();
        painter.fillRect(cell, pal.color(inMonth ? QPalette::Base : QPalette::AlternateBase));
        painter.setPen(pal.color(QPalette::Mid));
        painter.drawLine(cell.topLeft(), cell.topRight());
        painter.drawLine(cell.topLeft(), cell.bottomLeft());

        // The day number; today's in a filled disc.
        const QString number = QString::number(day.day());
        const QRect numberRect(cell.left() + 4, cell.top() + 3, metrics.horizontalAdvance(u"00"_s) + 8,
                               metrics.height() + 2);
        if (day == today) {
            painter.save();
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(todayColour(pal));
            painter.drawRoundedRect(numberRect, numberRect.height() / 2.0, numberRect.height() / 2.0);
            painter.restore();
            painter.setFont(bold);
            painter.setPen(pal.color(QPalette::HighlightedText));
        } else {
            painter.setFont(font());
            painter.setPen(pal.color(inMonth ? QPalette::Text : QPalette::PlaceholderText));
        }
        painter.drawText(numberRect, Qt::AlignCenter, number);
        painter.setFont(font());

        if (!model())
            continue;
        const QList<int> rows = model()->rowsOn(day);
        const QRect chips = cell.adjusted(3, numberRect.height() + 6, -3, -3);
        const int moreHeight = metrics.height() + 2;
        const DayLayout layout = layoutDay(model()->postsOn(day), int(rows.size()), chips.height(), line, moreHeight);
        for (int n = 0; n < layout.shown; ++n)
            paintChip(painter, QRect(chips.left(), chips.top() + n * line, chips.width(), line - 2), rows.at(n));
        if (layout.more > 0) {
            const QString more = tr("+%1 more").arg(layout.more);
            const QRect link(chips.left() + 4, chips.top() + layout.shown * line, metrics.horizontalAdvance(more) + 4,
                             moreHeight);
            // Palettes made by hand often keep the light default link colour; fall back to text then.
            const QColor linkColour = pal.color(QPalette::Link);
            const bool readable = std::abs(linkColour.lightness() - pal.color(QPalette::Base).lightness()) >= 120;
            painter.setPen(readable ? linkColour : pal.color(QPalette::Text));
            painter.drawText(link, Qt::AlignLeft | Qt::AlignVCenter, more);
            m_more.append({ link, day });
        }
    }
    paintDropTarget(painter);
}
