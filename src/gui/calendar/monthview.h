#pragma once

#include "calendarview.h"

// A month as the weeks of day cells it touches, Monday first (the locale's first day), today marked. A chip
// dropped on a day keeps its time of day.
class MonthView final : public CalendarView {
    Q_OBJECT

public:
    explicit MonthView(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(MonthView)

    QDate firstDay() const override;
    QDate lastDay() const override;
    // A day cell shows as many chips as fit, then "+n more"; a cell rarely has room for more than these.
    std::optional<int> postsPerDay() const override { return MostChipsPerDay; }
    static constexpr int MostChipsPerDay = 20;

    // How many of a day's chips its cell shows, and the count its "+n more" link gives (0: no link).
    // `posts`: all the day's posts; `read`: the first of them the model holds (at most MostChipsPerDay).
    struct DayLayout
    {
        int shown = 0;
        int more = 0;
        friend bool operator==(const DayLayout &, const DayLayout &) = default;
    };
    static DayLayout layoutDay(int posts, int read, int height, int line, int moreHeight);
    QRect slotRect(const Slot &slot) const override;
    QSize minimumSizeHint() const override;

protected:
    std::optional<Slot> slotAt(const QPoint &pos) const override;
    qint64 verticalStepSeconds() const override { return 7 * 24 * 3600; } // a week
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    int weeks() const;
    int headerHeight() const;
    QRect cellRect(int index) const;

    QList<std::pair<QRect, QDate>> m_more; // "+n more" links, as last painted
};
