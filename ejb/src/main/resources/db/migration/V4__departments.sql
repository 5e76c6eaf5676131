-- Functional departments (职能部门): submissions can be dispatched to a department instead of a grid's
-- handler; any handler of the department takes it. A department serves the subtree of its area.
CREATE SEQUENCE department_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE department (
    id       BIGINT       NOT NULL PRIMARY KEY,
    name     VARCHAR(60)  NOT NULL,
    area_id  BIGINT       NOT NULL REFERENCES area (id),
    version  BIGINT       NOT NULL,
    CONSTRAINT department_name_uk UNIQUE (name)
);

ALTER TABLE account ADD COLUMN department_id BIGINT;
ALTER TABLE account ADD CONSTRAINT account_department_fk FOREIGN KEY (department_id) REFERENCES department (id);

ALTER TABLE submission ADD COLUMN department_id BIGINT;
ALTER TABLE submission ADD CONSTRAINT submission_department_fk FOREIGN KEY (department_id) REFERENCES department (id);
CREATE INDEX submission_department_idx ON submission (department_id, status);
