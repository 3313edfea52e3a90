package io.restdsn.engine.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.restdsn.engine.EngineException;
import io.restdsn.engine.model.ArrayDef;
import io.restdsn.engine.model.ColumnDef;
import io.restdsn.engine.model.FieldDef;
import io.restdsn.engine.model.MapDef;
import io.restdsn.engine.model.Model;
import io.restdsn.engine.model.Names;
import io.restdsn.engine.model.ObjectDef;
import io.restdsn.engine.model.SqlType;
import io.restdsn.engine.model.TableDef;

/**
 * Turns a sampled Model into relational tables (§3, §5): nested objects flattened into {@code PREFIX_FIELD}
 * columns, arrays and maps into child tables that carry their parent's key and a {@code POSITION} or
 * {@code KEY} column, and a synthetic {@code ROWID} key for root tables that declare none.
 * <p>
 * Naming is deterministic in Model order: root tables are named first (so a later root keeps its name against
 * an earlier child), synthetic columns before data columns, and clashes get {@code _1}, {@code _2} ….
 */
public final class SchemaBuilder {

	private final int qualifyNames;
	private final Set<String> usedTables = new HashSet<>();

	public SchemaBuilder(int qualifyNames) {
		this.qualifyNames = qualifyNames;
	}

	public RelSchema build(Model model) {
		RelSchema schema = new RelSchema(model);
		List<RelTable> roots = new ArrayList<>();
		for (TableDef t : model.tables()) {
			if (t.needsSampling()) {
				throw new IllegalStateException("table " + t.jsonName() + " is not sampled");
			}
			String name = Names.unique(sqlName(t.alias(), t.jsonName()), usedTables);
			roots.add(new RelTable(name, t, null, "/"));
		}
		for (RelTable root : roots) {
			schema.roots.add(root);
			buildRoot(root);
			register(schema, root);
		}
		return schema;
	}

	private static void register(RelSchema schema, RelTable t) {
		schema.tables.put(t.name.toUpperCase(Locale.ROOT), t);
		for (RelTable c : t.children) {
			register(schema, c);
		}
	}

	private void buildRoot(RelTable root) {
		Set<String> used = new HashSet<>();
		List<FieldDef> fields = root.def.fields();
		boolean hasKey = hasKey(fields);
		if (!hasKey) {
			root.rowIdColumn = root.add(new RelColumn(Names.unique("ROWID", used), SqlType.of(SqlType.Name.BIGINT),
					null, RelColumn.Origin.ROWID, root.width(), null, null));
			root.rowIdColumn.key = true;
		}
		root.layout = new Layout.ObjectLayout();
		List<Pending> children = new ArrayList<>();
		addFields(root, root.layout, fields, "", root.name, used, children, true);
		for (Pending p : children) {
			buildChild(p);
		}
	}

	private static boolean hasKey(List<FieldDef> fields) {
		for (FieldDef f : fields) {
			if (f instanceof ColumnDef c && c.key() || f instanceof ObjectDef o && hasKey(o.fields())) {
				return true;
			}
		}
		return false;
	}

	/** A child table found while laying out its parent; built once the parent's columns (and key) are known. */
	private record Pending(RelTable parent, Layout.ObjectLayout layout, FieldDef def, String pathName,
			String jsonPath) {
	}

	private void addFields(RelTable table, Layout.ObjectLayout layout, List<FieldDef> fields, String prefix,
			String pathName, Set<String> used, List<Pending> children, boolean top) {
		for (FieldDef f : fields) {
			String memberPath = pathName + "_" + Names.sql(f.jsonName());
			if (f instanceof ColumnDef c) {
				String base = c.alias() != null ? Names.sql(c.alias()) : prefix + Names.sql(c.jsonName());
				RelColumn.Origin origin = c.virtual() ? RelColumn.Origin.PARAMETER : RelColumn.Origin.DATA;
				if (c.virtual() && !top) {
					throw new EngineException(EngineException.Kind.MODEL, "table " + table.name + ": virtual column "
							+ c.jsonName() + " must be at the top level");
				}
				RelColumn col = table.add(new RelColumn(Names.unique(base, used), c.type(), c.pattern(), origin, table
						.width(), c, null));
				col.key = c.key();
				if (!c.virtual()) {
					layout.members.put(c.jsonName(), new Layout.ColumnSlot(col));
				}
			} else if (f instanceof ObjectDef o) {
				String p = (o.alias() != null ? Names.sql(o.alias()) : prefix + Names.sql(o.jsonName())) + "_";
				Layout.ObjectLayout nested = new Layout.ObjectLayout();
				layout.members.put(o.jsonName(), new Layout.NestedSlot(nested));
				addFields(table, nested, o.fields(), p, memberPath, used, children, false);
			} else {
				children.add(new Pending(table, layout, f, memberPath, table.jsonPath + f.jsonName() + "/"));
			}
		}
	}

	private void buildChild(Pending p) {
		RelTable parent = p.parent;
		FieldDef def = p.def;
		String base = def.alias() != null ? Names.sql(def.alias()) : switch (qualifyNames) {
			case 1 -> parent.name + "_" + Names.sql(def.jsonName());
			case 2 -> p.pathName;
			default -> Names.sql(def.jsonName());
		};
		RelTable child = new RelTable(Names.unique(base, usedTables), parent.root.def, parent, p.jsonPath);
		parent.children.add(child);
		p.layout.members.put(def.jsonName(), new Layout.ChildSlot(child));
		Set<String> used = new HashSet<>();
		for (RelColumn pk : parent.keyColumns()) {
			String name = pk.origin == RelColumn.Origin.PARENT_KEY ? pk.name : parent.name + "_" + pk.name;
			child.add(new RelColumn(Names.unique(name, used), pk.type, pk.pattern, RelColumn.Origin.PARENT_KEY, child
					.width(), null, pk));
		}
		List<FieldDef> fields;
		SqlType scalar;
		String scalarPattern;
		if (def instanceof ArrayDef a) {
			child.positionColumn = child.add(new RelColumn(Names.unique("POSITION", used), SqlType.of(
					SqlType.Name.INTEGER), null, RelColumn.Origin.POSITION, child.width(), null, null));
			fields = a.fields();
			scalar = a.elementType();
			scalarPattern = a.elementPattern();
		} else {
			MapDef m = (MapDef) def;
			child.map = true;
			child.mapKeyColumn = child.add(new RelColumn(Names.unique("KEY", used), m.keyType(), null,
					RelColumn.Origin.MAP_KEY, child.width(), null, null));
			fields = m.fields();
			scalar = m.valueType();
			scalarPattern = m.valuePattern();
		}
		List<Pending> grandChildren = new ArrayList<>();
		if (fields != null) {
			child.layout = new Layout.ObjectLayout();
			addFields(child, child.layout, fields, "", child.name, used, grandChildren, false);
		} else {
			child.valueColumn = child.add(new RelColumn(Names.unique("VALUE", used), scalar, scalarPattern,
					RelColumn.Origin.VALUE, child.width(), null, null));
		}
		boolean declaredKey = child.columns.stream().anyMatch(c -> c.key);
		if (!declaredKey) {
			for (RelColumn c : child.columns) {
				c.key = c.origin == RelColumn.Origin.PARENT_KEY || c.origin == RelColumn.Origin.POSITION
						|| c.origin == RelColumn.Origin.MAP_KEY;
			}
		}
		for (Pending g : grandChildren) {
			buildChild(g);
		}
	}

	private static String sqlName(String alias, String jsonName) {
		return Names.sql(alias != null ? alias : jsonName);
	}
}
