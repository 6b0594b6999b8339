export * from './schema';
export * from './problems';
export * from './integrity';
export * from './dataIndex';
export * from './parse';
export * from './calendar';
export * from './vocabulary';
