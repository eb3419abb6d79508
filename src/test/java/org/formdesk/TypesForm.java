package org.formdesk;

import java.nio.charset.StandardCharsets;
import org.formdesk.engine.Engine;
import org.formdesk.form.FieldDef;
import org.formdesk.form.FormFileException;
import org.formdesk.form.FormLoader;

/** A small form with one field of every type, for parser and engine tests. */
public final class TypesForm {
    public static final String YAML = """
            id: types
            version: "1"
            title: Types
            sections:
              - id: s
                title: S
                fields:
                  - {id: amount, label: 上年结转金额, type: money, unit: 万元}
                  - {id: change, label: 预算调整金额, type: money, unit: 万元, negative: true}
                  - {id: count, label: 编制数, type: integer, min: 0}
                  - {id: ratio, label: 比率, type: decimal}
                  - {id: day, label: 填报日期, type: date}
                  - {id: phone, label: 联系电话, type: phone}
                  - {id: flag, label: 是否住宿, type: boolean}
                  - {id: mode, label: 交通方式, type: choice, options: [火车, 飞机, {value: car, label: 汽车}]}
                  - {id: name, label: 单位名称, type: text}
                  - {id: notes, label: 说明, type: longtext}
                  - id: items
                    label: 明细
                    type: table
                    columns:
                      - {id: item, label: 项目名称, type: text}
                      - {id: amount, label: 金额, type: money}
                  - {id: items_total, label: 明细合计, type: money, compute: SUM(items.amount)}
                  - {id: rate, label: 使用率, type: percent, compute: amount / ratio}
                indicators:
                  - {id: work, group: 过程, label: 工作, max: 100}
            scoring:
              max: 100
              grades: [{grade: 优, min: 90}, {grade: 差, min: 0}]
            """;

    private static Engine engine;

    private TypesForm() {
    }

    public static synchronized Engine engine() {
        if (engine == null) {
            try {
                engine = Engine.of(new FormLoader().load("types.yaml", YAML.getBytes(StandardCharsets.UTF_8)));
            } catch (FormFileException e) {
                throw new AssertionError(e.getMessage(), e);
            }
        }
        return engine;
    }

    public static FieldDef field(String id) {
        return engine().form().field(id).orElseThrow();
    }
}
