/** The scheme as a tree: every node with its id, name and points, every leaf with its criterion in the document's words. */
import { Caption1, Text, Tree, TreeItem, TreeItemLayout } from "@fluentui/react-components";
import { plain, Scheme, SchemeNode } from "../../engine";
import type { Strings } from "../strings";
import { zhOf } from "./Layout";

function Node({ node, strings }: { node: SchemeNode; strings: Strings }) {
  const points =
    node.part !== "base" && node.depth === 1
      ? strings.scheme.cap(plain(node.points))
      : node.ownPoints
        ? strings.scheme.points(plain(node.points))
        : "";
  const label = (
    <span>
      <Text lang={zhOf(strings)} weight={node.depth === 1 ? "semibold" : "regular"}>{`${node.id} ${node.name}`}</Text>
      {points !== "" && <Text>{`（${points}）`}</Text>}
      {node.input.criterion && (
        <>
          <br />
          <Caption1 lang={zhOf(strings)}>{node.input.criterion}</Caption1>
        </>
      )}
    </span>
  );
  if (node.children.length === 0) {
    return (
      <TreeItem itemType="leaf" value={node.id}>
        <TreeItemLayout>{label}</TreeItemLayout>
      </TreeItem>
    );
  }
  return (
    <TreeItem itemType="branch" value={node.id}>
      <TreeItemLayout>{label}</TreeItemLayout>
      <Tree>
        {node.children.map((child) => (
          <Node key={child.id} node={child} strings={strings} />
        ))}
      </Tree>
    </TreeItem>
  );
}

export function SchemeTree({ scheme, strings }: { scheme: Scheme; strings: Strings }) {
  const branches = [...scheme.nodes.values()].filter((n) => n.children.length > 0).map((n) => n.id);
  return (
    <>
      <Tree aria-label={scheme.title} defaultOpenItems={branches}>
        {scheme.columns.map((node) => (
          <Node key={node.id} node={node} strings={strings} />
        ))}
      </Tree>
      {scheme.vetoes.length > 0 && (
        <div>
          <Text weight="semibold">{strings.scheme.vetoes}</Text>
          <ul lang={zhOf(strings)}>
            {scheme.vetoes.map((v) => (
              <li key={v.id}>{`${v.id} ${v.text}`}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
