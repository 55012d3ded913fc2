/// Who belongs to an announcement's audience, in SQL, both ways: whether
/// an account is in it (the home screen's current announcements) and every
/// account in it (the author's view of who has read). A class means its
/// students and their parents, its class teacher and its teachers; stays,
/// links and timetable rows that ended before today do not count.
enum AnnouncementSQL {
    /// The classes account `account` belongs to as a parent, at `today`.
    static func parentClasses(_ account: String, _ today: String) -> String {
        """
        SELECT e.class_id FROM guardian g JOIN enrollment e ON e.student_id = g.student_id
        WHERE g.parent_id = \(account) AND (e.to_day IS NULL OR e.to_day >= \(today))
        """
    }

    /// Every class account `account` belongs to (as a parent, a student, a class teacher or a teacher).
    static func classes(_ account: String, _ today: String) -> String {
        """
        \(parentClasses(account, today))
        UNION SELECT e.class_id FROM student s JOIN enrollment e ON e.student_id = s.id
              WHERE s.account_id = \(account) AND (e.to_day IS NULL OR e.to_day >= \(today))
        UNION SELECT c.id FROM class c WHERE c.homeroom_id = \(account)
        UNION SELECT t.class_id FROM timetable t WHERE t.teacher_id = \(account) AND t.class_id IS NOT NULL
              AND (t.valid_to IS NULL OR t.valid_to >= \(today))
        """
    }

    /// Announcement `an` is for account `account`, whose roles column is `roles`.
    static func isFor(_ account: String, roles: String, _ today: String) -> String {
        """
        (an.audience = 'everyone'
         OR (an.audience = 'role' AND ';' || \(roles) || ';' GLOB '*;' || an.audience_role || ';*')
         OR (an.audience = 'class_parents' AND an.audience_class_id IN (\(parentClasses(account, today))))
         OR (an.audience = 'class' AND an.audience_class_id IN (\(classes(account, today)))))
        """
    }

    /// The accounts of the parents of class `klass` (a parameter).
    static func parentsOf(_ klass: String, _ today: String) -> String {
        """
        SELECT g.parent_id AS id FROM enrollment e JOIN guardian g ON g.student_id = e.student_id
        WHERE e.class_id = \(klass) AND (e.to_day IS NULL OR e.to_day >= \(today))
        """
    }

    /// The accounts of class `klass`: its students, their parents, its class teacher and its teachers.
    static func membersOf(_ klass: String, _ today: String) -> String {
        """
        \(parentsOf(klass, today))
        UNION SELECT s.account_id FROM enrollment e JOIN student s ON s.id = e.student_id
              WHERE e.class_id = \(klass) AND (e.to_day IS NULL OR e.to_day >= \(today)) AND s.account_id IS NOT NULL
        UNION SELECT c.homeroom_id FROM class c WHERE c.id = \(klass) AND c.homeroom_id IS NOT NULL
        UNION SELECT t.teacher_id FROM timetable t WHERE t.class_id = \(klass) AND (t.valid_to IS NULL OR t.valid_to >= \(today))
        """
    }
}
