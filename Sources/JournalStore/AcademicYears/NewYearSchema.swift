import GRDB

/// Migration "v16 new academic year" (docs/decisions.md, «Новый учебный год»).
///
/// - `year_start`: one row per academic year started in this database — from
///   which year, by whom, and whether an admin forced it past a missing promotion.
/// - `year_draft`: the new year's timetable and curriculum, copied from the
///   year before, are drafts until the deputy confirms each.
/// - `plan_carryover`: each КТП carried into the new year, until its teacher
///   (or the deputy) confirms it.
/// - `curriculum_year`, `plan_item_year`: the curriculum and the КТП as they
///   stood when their year ended. `curriculum` and `plan_item` are the current
///   year's and change freely; a past year's reports read these copies, so its
///   figures never move.
enum NewYearSchema {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE year_start (
                academic_year TEXT PRIMARY KEY,
                copied_from TEXT NOT NULL,
                started_at INTEGER NOT NULL,
                started_by INTEGER REFERENCES account(id),
                forced INTEGER NOT NULL DEFAULT 0
            ) WITHOUT ROWID;
            CREATE TABLE year_draft (
                academic_year TEXT NOT NULL,
                part TEXT NOT NULL CHECK (part IN ('timetable', 'curriculum')),
                copied_from TEXT NOT NULL,
                rows INTEGER NOT NULL DEFAULT 0,
                confirmed_at INTEGER,
                confirmed_by INTEGER REFERENCES account(id),
                PRIMARY KEY (academic_year, part)
            ) WITHOUT ROWID;
            CREATE TABLE plan_carryover (
                id INTEGER PRIMARY KEY,
                academic_year TEXT NOT NULL,
                class_id INTEGER REFERENCES class(id),
                group_id INTEGER REFERENCES teaching_group(id),
                subject_id INTEGER NOT NULL REFERENCES subject(id),
                copied_from TEXT NOT NULL,
                topics INTEGER NOT NULL,
                confirmed_at INTEGER,
                confirmed_by INTEGER REFERENCES account(id)
            );
            CREATE UNIQUE INDEX plan_carryover_key
                ON plan_carryover(academic_year, ifnull(class_id, 0), ifnull(group_id, 0), subject_id);
            CREATE TABLE curriculum_year (
                academic_year TEXT NOT NULL,
                class_id INTEGER REFERENCES class(id),
                group_id INTEGER REFERENCES teaching_group(id),
                subject_id INTEGER NOT NULL REFERENCES subject(id),
                hours_x100 INTEGER NOT NULL
            );
            CREATE INDEX curriculum_year_key ON curriculum_year(academic_year, class_id, group_id, subject_id);
            CREATE TABLE plan_item_year (
                academic_year TEXT NOT NULL,
                class_id INTEGER REFERENCES class(id),
                group_id INTEGER REFERENCES teaching_group(id),
                subject_id INTEGER NOT NULL REFERENCES subject(id),
                seq INTEGER NOT NULL,
                topic TEXT NOT NULL,
                hours INTEGER NOT NULL
            );
            CREATE INDEX plan_item_year_key ON plan_item_year(academic_year, class_id, group_id, subject_id, seq);
            """)
    }
}
