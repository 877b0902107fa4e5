// The same package from CommonJS TypeScript (require of an ES module, Node 20.19+).
import isnad = require('isnad');
export const text: string = isnad.normalize('قال').text;
